export { listMechanismReviews } from './mechanism-reviews.js';
export { countTermChildren } from './term-children.js';
