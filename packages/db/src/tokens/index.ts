export {
  createApiToken,
  findLiveApiToken,
  listApiTokens,
  type NewApiToken,
  revokeApiToken,
  TOKEN_TOUCH_INTERVAL_MS,
  toApiToken,
  touchApiToken,
} from './api-tokens.js';
