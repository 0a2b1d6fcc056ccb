import { parse } from 'graphql';
import { findForbiddenCharacter, forbiddenCharacterIn } from './string-hygiene.plugin';

describe('string hygiene', () => {
  it('knows a NUL byte and a lone surrogate from well-formed text', () => {
    expect(forbiddenCharacterIn('a\u0000b')).toBe('a NUL byte');
    expect(forbiddenCharacterIn('a\uD800b')).toBe('an unpaired UTF-16 surrogate');
    expect(forbiddenCharacterIn('b\uDC00')).toBe('an unpaired UTF-16 surrogate');
    expect(forbiddenCharacterIn('Zoë 😀 \t\n')).toBeUndefined();
  });

  it('finds one in the arguments of nested fields, fragments and directives', () => {
    const nested = parse('{ me { friends(name: "x\\u0000") { id } } }');
    expect(findForbiddenCharacter(nested)?.path).toEqual(['name']);
    const fragment = parse('query { ...F } fragment F on Query { search(filter: { tags: ["ok", $tag] }) }');
    expect(findForbiddenCharacter(fragment, { tag: 'x\uDBFF' })?.path).toEqual(['filter', 'tags', 1]);
    const directive = parse('query($label: String) { me @deprecated(reason: $label) { id } }');
    expect(findForbiddenCharacter(directive, { label: '\u0000' })?.path).toEqual(['reason']);
  });

  it('walks a variable holding objects and lists, and ignores variables no argument uses', () => {
    const document = parse('query($input: In) { create(input: $input) { id } }');
    expect(
      findForbiddenCharacter(document, { input: { rows: [{ cells: ['a', 'b\u0000'] }] }, unused: '\u0000' })
        ?.path,
    ).toEqual(['input', 'rows', 0, 'cells', 1]);
    expect(findForbiddenCharacter(document, { input: { rows: [] }, unused: '\u0000' })).toBeUndefined();
  });
});
