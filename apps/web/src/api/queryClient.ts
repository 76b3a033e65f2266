import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from './client';

type AuthProblemHandler = (error: ApiRequestError) => void;
let onAuthProblem: AuthProblemHandler = () => {};

/** The router registers what to do when the session is gone (401) or a password change is due (403). */
export function setAuthProblemHandler(handler: AuthProblemHandler): void {
  onAuthProblem = handler;
}

const isAuthProblem = (e: unknown): e is ApiRequestError =>
  e instanceof ApiRequestError &&
  (e.status === 401 || (e.status === 403 && e.code === 'password_change_required')) &&
  e.code !== 'invalid_credentials' &&
  e.code !== 'too_many_attempts';

export const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: (e) => isAuthProblem(e) && onAuthProblem(e) }),
  mutationCache: new MutationCache({ onError: (e) => isAuthProblem(e) && onAuthProblem(e) }),
  defaultOptions: {
    queries: {
      staleTime: 60_000,
      gcTime: 10 * 60_000,
      refetchOnWindowFocus: false,
      // A client error will not improve by asking again; a network hiccup might.
      retry: (count, e) => !(e instanceof ApiRequestError && e.status >= 400 && e.status < 500) && count < 2,
    },
    mutations: { retry: false },
  },
});
