export {
  createSession,
  deleteSession,
  deleteUserSessions,
  getSessionWithUser,
  type NewSession,
  purgeExpiredSessions,
  type Session,
  touchSession,
} from './sessions.js';
export {
  clearFailures,
  isLocked,
  purgeStaleThrottles,
  registerFailure,
  type ThrottlePolicy,
} from './throttle.js';
export {
  createUser,
  findUserByEmail,
  getPasswordHash,
  getUserById,
  listUsers,
  type NewUser,
  recordLogin,
  setPassword,
  toUser,
  type UserListQuery,
  type UserListScope,
  type UserPatch,
  updateUser,
} from './users.js';
