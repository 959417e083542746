/**
 * TelegramApiServer's session names, as its router and file layout read them. A request for a named
 * session goes to `/api/<session>/<method>` (route `/api/{session:.*?[^/]}/{method}[/]`, matched
 * after rawurldecode), and the session is the file `sessions/<session>.madeline`, so a session
 * may contain slashes (`users/xtrime`). A name that would not come back unchanged is refused:
 * empty segments (`a//b`, a leading or trailing `/`), `.` and `..` (curl removes them from the path,
 * and `..` leaves the sessions folder), `%` (decoded before routing), and every character a URL
 * path does not carry as itself or a shell word would change; only ASCII letters, digits and
 * `.` `_` `~` `-` remain.
 */
import { InputError } from '../../errors.js';

/** An unusable --tas-session value (exit 2). */
export class TasSessionError extends InputError {}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** The path segments the session adds after `/api/`, with their trailing slash (`users/xtrime/`); '' for none. */
export function sessionPath(session: string): string {
  if (session === '') return '';
  const refuse = (why: string): never => {
    throw new TasSessionError(
      `--tas-session ${JSON.stringify(session)}: ${why}; a session is one or more /-separated names of ASCII letters, digits, ".", "_", "~" and "-" (users/xtrime is sessions/users/xtrime.madeline)`,
    );
  };
  if (session.startsWith('/') || session.endsWith('/')) refuse('it starts or ends with "/"');
  for (const segment of session.split('/')) {
    if (segment === '') refuse('it has an empty segment ("//")');
    if (segment === '.' || segment === '..') refuse(`it has a "${segment}" segment, which curl removes from the URL and which would leave the sessions folder`);
    const bad = [...segment].find((c) => !SEGMENT.test(c));
    if (bad !== undefined) refuse(`${JSON.stringify(bad)} is not carried as itself in a URL path`);
  }
  if (session.endsWith('.madeline')) refuse('give the name without ".madeline" (TelegramApiServer adds it)');
  return `${session}/`;
}
