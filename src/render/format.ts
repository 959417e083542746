/**
 * `--format`: prettier over PHP (with @prettier/plugin-php) and TypeScript output, for user
 * templates whose layout is not already prettier's. Loaded only when asked for (prettier costs
 * ~150 ms to load). Other languages are returned unchanged.
 */
export const PRETTIER_PHP = { parser: 'php', singleQuote: true, phpVersion: '8.2' } as const;
export const PRETTIER_TS = { parser: 'typescript' } as const;

export async function formatCode(language: string, code: string): Promise<string> {
  if (language !== 'php' && language !== 'ts') return code;
  const prettier = await import('prettier');
  if (language === 'ts') return prettier.format(code, PRETTIER_TS);
  const php = (await import('@prettier/plugin-php')) as unknown as import('prettier').Plugin;
  // plugin-php leaves code without `<?php` untouched: wrap it and strip the tag afterwards.
  const tagged = /^\s*<\?php/.test(code);
  const out = await prettier.format(tagged ? code : `<?php\n${code}`, { ...PRETTIER_PHP, plugins: [php] });
  return tagged ? out : out.replace(/^<\?php\n\n?/, '');
}
