export { InvalidReferenceError } from './errors.js';
export { getInstitutionDetail, type InstitutionReadScope, listInstitutionSummaries } from './read.js';
export { createInstitution, updateInstitution } from './write.js';
