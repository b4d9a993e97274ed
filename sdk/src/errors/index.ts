export { ComplaintCodeInputError, parseInput, formatIssues, type InputIssue } from './ComplaintCodeInputError.js';
export { nearestName, unknownKeyMessage, unknownKeyIssues } from './did-you-mean.js';
export { deepFreeze } from './deep-freeze.js';
