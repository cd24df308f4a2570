import type signInZh from '../zh-CN/sign-in';

const signInEn: typeof signInZh = {
  password: {
    forcedTitle: 'Change your password first',
    forcedHint: 'This is an initial or temporary password. Change it to go on.',
    changeTitle: 'Change password',
    current: 'Current password',
    next: 'New password',
    repeat: 'New password again',
    rule: 'At least 8 characters with 3 of: lower-case letters, upper-case letters, digits, symbols.',
    currentRequired: 'Enter your current password',
    nextRequired: 'Enter a new password',
    repeatRequired: 'Enter the new password again',
    mismatch: 'The two new passwords differ',
    weak: 'At least 8 characters with 3 of: lower-case letters, upper-case letters, digits, symbols',
    same: 'The new password must differ from the current one',
    wrongCurrent: 'The current password is wrong',
    submit: 'Change password',
    changed: 'Password changed',
    signInAgain: 'Password changed; sign in with the new one.',
  },
  otp: {
    label: 'One-time code',
    hint: 'This account uses two-step verification: enter the 6-digit code of your authenticator app.',
    required: 'Enter the 6-digit code',
  },
};

export default signInEn;
