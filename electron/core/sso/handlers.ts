import type { ssoProcedures } from '../../../shared/api/sso';
import type { Handlers } from '../procedure';
import { getSsoSettings, signInOptions, updateSsoSettings } from './settings-service';

/** Single sign-on's settings and the sign-in page's options: sso.* (the sign-in itself is the office server's /sso/* routes). */
export const ssoHandlers = {
  'sso.settings': getSsoSettings,
  'sso.updateSettings': updateSsoSettings,
  'sso.signInOptions': signInOptions,
} satisfies Handlers<typeof ssoProcedures>;
