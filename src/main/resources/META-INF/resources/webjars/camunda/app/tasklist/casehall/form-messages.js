/*
 * CaseHall: Camunda Forms (form-js 1.8, bundled with Tasklist 7.24) write their validation messages in English
 * with no way to translate them. Staff who use Tasklist in Chinese see them in Chinese: this module (loaded
 * through config.js `customScripts`) rewrites each message as form-js renders it. English stays English.
 */
const rules = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `最多填写 ${m[1]} 个字。`],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确，请按提示填写。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的国际电话号码（如 +8613800000000）。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to (?:be an integer|have at most \d+ decimal digits?)\.$/, () => '数字的格式不正确（小数位数过多）。'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `请填写有效的值，最接近的有效值是 ${m[1]} 和 ${m[2]}。`]
];

function speaksChinese() {
  const preferred = (navigator.languages || [navigator.language || ''])
    .map((l) => l.toLowerCase().slice(0, 2))
    .find((l) => l === 'zh' || l === 'en');
  return preferred !== 'en';
}

export function translate(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, toChinese] of rules) {
    const match = trimmed.match(pattern);
    if (match) {
      return toChinese(match);
    }
  }
  return null;
}

function translateErrors(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error span, .fjs-form-field-error li').forEach((el) => {
    if (el.children.length === 0) {
      const chinese = translate(el.textContent);
      if (chinese && chinese !== el.textContent) {
        el.textContent = chinese;
      }
    }
  });
}

if (speaksChinese()) {
  translateErrors(document);
  new MutationObserver(() => translateErrors(document))
    .observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}
