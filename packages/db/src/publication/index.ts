export { readPublicationGeneration } from './generation.js';
