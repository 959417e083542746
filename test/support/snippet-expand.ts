/**
 * Expands a VS Code / LSP snippet body with every tabstop at its default, following the snippet
 * grammar (https://microsoft.github.io/language-server-protocol/specifications/lsp/3.17/specification/#snippet_syntax):
 * `$n`, `${n}`, `${n:placeholder}` (nested), `${n|a,b|}` (the first choice), `$0`; `\` escapes `$`,
 * `}` and `\` (and `,` `|` inside choices); any other `\` is literal. Variables are not used by tlsnip
 * and are rejected. Throws on malformed syntax, so a bad escape fails the test.
 */
export function expandSnippet(body: string): string {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`snippet syntax: ${what} at ${i}: ${JSON.stringify(body.slice(Math.max(0, i - 20), i + 20))}`);
  };
  const int = () => {
    const m = /^\d+/.exec(body.slice(i));
    if (!m) fail('expected a tabstop number');
    i += m![0].length;
  };
  const text = (stop: string): string => {
    let out = '';
    while (i < body.length) {
      const c = body[i]!;
      if (stop.includes(c)) return out;
      if (c === '\\') {
        const n = body[i + 1];
        if (n !== undefined && '$}\\'.includes(n)) {
          out += n;
          i += 2;
        } else {
          out += c;
          i++;
        }
      } else if (c === '$') {
        out += tabstop();
      } else {
        out += c;
        i++;
      }
    }
    if (stop.includes('}')) fail('unterminated placeholder');
    return out;
  };
  const tabstop = (): string => {
    i++; // $
    if (/\d/.test(body[i] ?? '')) {
      int();
      return '';
    }
    if (body[i] !== '{') fail('expected `{` or a number after `$` (an unescaped `$`?)');
    i++;
    int();
    if (body[i] === '}') {
      i++;
      return '';
    }
    if (body[i] === ':') {
      i++;
      const inner = text('}');
      i++; // }
      return inner;
    }
    if (body[i] === '|') {
      i++;
      const choices: string[] = [];
      let cur = '';
      while (i < body.length && !(body[i] === '|' && body[i + 1] === '}')) {
        const c = body[i]!;
        if (c === '\\' && '$}\\,|'.includes(body[i + 1] ?? '')) {
          cur += body[i + 1];
          i += 2;
        } else if (c === ',') {
          choices.push(cur);
          cur = '';
          i++;
        } else {
          cur += c;
          i++;
        }
      }
      if (i >= body.length) fail('unterminated choice');
      choices.push(cur);
      i += 2;
      return choices[0]!;
    }
    return fail('expected `}`, `:` or `|`');
  };
  const out = text('');
  return out;
}
