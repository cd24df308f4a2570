/** The API's policy, checked before sending: at least 8 characters and 3 of the 4 character classes. */
export function meetsPasswordPolicy(password: string): boolean {
  if (password.length < 8 || password.length > 128) return false;
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
  return classes >= 3;
}
