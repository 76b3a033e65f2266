export { type BulkAssignment, bulkAssign } from './bulk.js';
export {
  type AssignmentReadScope,
  getAssignment,
  listInstitutionAssignments,
  listRecommendationAssignments,
} from './read.js';
export { assignRecommendation, changeAssignmentRole, endAssignment } from './write.js';
