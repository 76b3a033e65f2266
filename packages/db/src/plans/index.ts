export { seedDemoActionPlan } from '../demo/action-plan.js';
export { PlanReferenceError } from './errors.js';
export {
  createIndicator,
  deleteIndicatorValue,
  putIndicatorValue,
  updateIndicator,
} from './indicators.js';
export { linkRecommendations, listRecommendationMeasures, unlinkRecommendation } from './links.js';
export { getMeasure, listMeasures } from './measure-read.js';
export { createMeasure, updateMeasure } from './measure-write.js';
export {
  createAxis,
  createPlan,
  getPlan,
  listPlans,
  setPlanPublished,
  updateAxis,
  updatePlan,
} from './plans.js';
