import type { Principal } from '../auth/Authenticator'

/** Variables the middleware sets on a request's context. */
export interface AppEnv {
  Variables: {
    principal: Principal
  }
}
