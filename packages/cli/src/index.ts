export { createProgram } from './program';
export { looksLikeSsml } from './read-input';
export { VERSION } from './version';
