// The texts of signing in and the forced password change (loaded with the first page).
const signInZh = {
  password: {
    forcedTitle: '请先修改密码',
    forcedHint: '这是初始密码或重置后的临时密码。修改后才能继续使用系统。',
    changeTitle: '修改密码',
    current: '当前密码',
    next: '新密码',
    repeat: '再次输入新密码',
    rule: '至少 8 个字符，并包含小写字母、大写字母、数字、符号中的至少 3 类。',
    currentRequired: '请输入当前密码',
    nextRequired: '请输入新密码',
    repeatRequired: '请再次输入新密码',
    mismatch: '两次输入的新密码不一致',
    weak: '密码至少 8 个字符，并包含小写字母、大写字母、数字、符号中的至少 3 类',
    same: '新密码不能与当前密码相同',
    wrongCurrent: '当前密码不正确',
    submit: '修改密码',
    changed: '密码已修改',
    signInAgain: '密码已修改，请用新密码重新登录。',
  },
  otp: {
    label: '动态码',
    hint: '该账号已开启两步验证，请输入验证器应用中的 6 位动态码。',
    required: '请输入 6 位动态码',
  },
};

export default signInZh;
