import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { InputError } from '../../src/errors.js';
import { loadTlFile, modelFromTl } from '../../src/loaders/tl.js';
import { validateSchemaModel } from '../../src/model/validate.js';
import { REPO } from '../shared.js';

const MAIN = `---types---
vector#1cb5c415 {t:Type} # [ t ] = Vector t;
inputPeerEmpty#7f3b18ea = InputPeer;
inputPeerSelf#7da07ec9 = InputPeer;
photoSizeEmpty#e17e23c type:string = PhotoSize;
---functions---
invokeWithLayer#da9b0d0d {X:Type} layer:int query:!X = X;
messages.sendMessage#fa88427a flags:# no_webpage:flags.1?true peer:InputPeer entities:flags.3?Vector<MessageEntity> = Updates;
noCrc peer:InputPeer = Bool;
// LAYER 42
`;
const SECRET = `===8===
photoSizeEmpty#e17e23c type:string = PhotoSize;
decryptedMessageMediaEmpty#89f5c4a = DecryptedMessageMedia;
===17===
decryptedMessageMediaEmpty#89f5c4a = DecryptedMessageMedia;
---functions---
secret.method = Bool;
// LAYER 17
`;
const files = [
  { path: 'main.tl', text: MAIN },
  { path: 'secret.tl', text: SECRET },
];

describe('modelFromTl', () => {
  it('takes methods only from methodsFrom, constructors from every file', () => {
    const m = modelFromTl(files, { methodsFrom: ['main.tl'] });
    expect(m.methods.map((x) => x.name)).toEqual(['invokeWithLayer', 'messages.sendMessage', 'noCrc']);
    expect(m.constructors.map((c) => [c.name, c.secretLayer])).toEqual([
      ['inputPeerEmpty', null],
      ['inputPeerSelf', null],
      ['photoSizeEmpty', null],
      ['photoSizeEmpty', 8],
      ['decryptedMessageMediaEmpty', 8],
      ['decryptedMessageMediaEmpty', 17],
    ]);
    expect(m.layer).toBe(42);
  });

  it('takes methods from every file by default, the layer from the first with a LAYER comment', () => {
    const m = modelFromTl(files);
    expect(m.methods.map((x) => x.name)).toContain('secret.method');
    expect(m.layer).toBe(42);
    expect(modelFromTl([{ path: 'a.tl', text: 'a = B;' }]).layer).toBeNull();
  });

  it('skips the built-in vector and lists types with constructor names in schema order, once each', () => {
    const m = modelFromTl(files, { methodsFrom: ['main.tl'] });
    expect(m.constructors.some((c) => c.name === 'vector')).toBe(false);
    expect(m.types).toEqual([
      { name: 'InputPeer', description: '', constructors: ['inputPeerEmpty', 'inputPeerSelf'] },
      { name: 'PhotoSize', description: '', constructors: ['photoSizeEmpty'] },
      { name: 'DecryptedMessageMedia', description: '', constructors: ['decryptedMessageMediaEmpty'] },
    ]);
  });

  it('builds methods with defaults, flags, required, generics and ids', () => {
    const m = modelFromTl(files, { methodsFrom: ['main.tl'] });
    const send = m.methods.find((x) => x.name === 'messages.sendMessage')!;
    expect(send).toEqual({
      name: 'messages.sendMessage',
      id: 0xfa88427a,
      description: '',
      params: [
        { name: 'flags', type: '#', flag: null, required: false, description: '' },
        { name: 'no_webpage', type: 'true', flag: { field: 'flags', bit: 1 }, required: false, description: '' },
        { name: 'peer', type: 'InputPeer', flag: null, required: true, description: '' },
        { name: 'entities', type: 'Vector<MessageEntity>', flag: { field: 'flags', bit: 3 }, required: false, description: '' },
      ],
      generics: [],
      returns: 'Updates',
      usability: 'unknown',
      errors: [],
      disallowed: null,
      note: null,
      documentedParams: [],
      layer: 42,
    });
    const invoke = m.methods.find((x) => x.name === 'invokeWithLayer')!;
    expect(invoke.generics).toEqual([{ name: 'X', type: 'Type' }]);
    expect(invoke.params.map((p) => p.type)).toEqual(['int', '!X']);
    expect(invoke.returns).toBe('X');
    expect(m.methods.find((x) => x.name === 'noCrc')!.id).toBeNull();
  });

  it('produces data the model schema accepts', () => {
    const m = validateSchemaModel(modelFromTl(files, { methodsFrom: ['main.tl'] }), 'test');
    expect(Object.isFrozen(m.methods[0]!.params)).toBe(true);
  });

  it('rejects a method defined twice, with both positions', () => {
    expect(() => modelFromTl([{ path: 'a.tl', text: '---functions---\nm = B;\n\nm = C;' }])).toThrow(
      new InputError('a.tl:4:1: expected a method name not defined before, got `m` (first defined at a.tl:2:1)'),
    );
  });

  it('rejects a constructor defined twice in one section', () => {
    expect(() => modelFromTl([{ path: 'a.tl', text: 'c = B;\nc = B;' }])).toThrow(/^a\.tl:2:1: expected a constructor name not defined before in this section, got `c`/);
  });

  it('rejects a methodsFrom path that is not among the files', () => {
    expect(() => modelFromTl(files, { methodsFrom: ['other.tl'] })).toThrow(InputError);
  });

  it('loadTlFile reads a file and reports parse errors with its path', async () => {
    const path = join(REPO, 'test/fixtures/loaders/mini/main.tl');
    const m = await loadTlFile(path);
    expect(m.source).toBe(path);
    expect(m.layer).toBe(99);
    expect(m.methods).toHaveLength(8);
    await expect(loadTlFile(join(REPO, 'test/fixtures/loaders/nope.tl'))).rejects.toThrow(/nope\.tl: no such file$/);
  });
});
