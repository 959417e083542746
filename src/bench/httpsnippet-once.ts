/** The comparison for cold start: a node process that loads httpsnippet and converts one request. */
import { HTTPSnippet } from 'httpsnippet';

const snippet = new HTTPSnippet({
  method: 'POST',
  url: 'https://api.pwrtelegram.xyz/botTOKEN/madeline',
  httpVersion: 'HTTP/1.1',
  headers: [],
  queryString: [],
  cookies: [],
  headersSize: -1,
  bodySize: -1,
  postData: { mimeType: 'application/json', text: '{"user_id":"@durov","offset":0,"max_id":0,"limit":10}' },
});
process.stdout.write(String(snippet.convert('php', 'curl')));
