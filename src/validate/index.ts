/** Public API of the tree-sitter validation layer. */
export { type Diagnostic, checkCode, checkCodeAsync, quoteToken } from './check.js';
export { type FileDiagnostic, type FileReport, EXTENSION_KINDS, collectFiles, formatReport, invalidCount, validatePaths } from './files.js';
export { type FrameOptions, codeFrame, splitLines } from './frame.js';
export {
  type GrammarId,
  type GrammarOptions,
  GRAMMAR_FILES,
  GRAMMAR_IDS,
  configureGrammars,
  grammarWasmPath,
  isGrammarId,
  languageFor,
  loadGrammars,
  loadedGrammars,
  parserFor,
  resolvePackageFile,
} from './grammars.js';
export {
  type CodeBlock,
  type MarkdownBlockResult,
  type MarkdownDiagnostic,
  type MarkdownResult,
  TAG_GRAMMARS,
  checkBlocks,
  checkMarkdown,
  checkMarkdownAsync,
  extractCodeBlocks,
  grammarForTag,
  grammarsOfBlocks,
} from './markdown.js';
