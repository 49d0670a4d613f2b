import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { User, UserManager } from 'oidc-client-ts';

/** What the hub tells the browser about sign-in: the issuer and the public client (market-web). */
interface WebConfig {
  issuer: string;
  clientId: string;
}

interface AuthContext {
  user: User | null;
  /** The access token to send with GraphQL requests, while signed in. */
  token: string | null;
  /** The roles the token's scopes grant, e.g. market.member. */
  scopes: string[];
  /** The city a city operator's token is bound to. */
  tenant: string | null;
  signIn: (returnTo?: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** Finishes the authorization code + PKCE flow on /signin-callback; answers where to go next. */
  completeSignIn: () => Promise<string>;
  signUpUrl: string | null;
}

const Context = createContext<AuthContext | null>(null);

let managerPromise: Promise<{ manager: UserManager; config: WebConfig }> | null = null;

function loadManager() {
  // the OpenID client loads on its own, after the first page
  managerPromise ??= Promise.all([fetch('/web-config.json'), import('oidc-client-ts')]).then(async ([response, oidc]) => {
    const config = (await response.json()) as WebConfig;
    const { UserManager, WebStorageStateStore } = oidc;
    return {
      config,
      manager: new UserManager({
        authority: config.issuer,
        client_id: config.clientId,
        redirect_uri: `${window.location.origin}/signin-callback`,
        post_logout_redirect_uri: window.location.origin,
        response_type: 'code',
        scope: 'openid',
        // the token lives as long as the tab: nothing is left behind on a shared computer
        userStore: new WebStorageStateStore({ store: window.sessionStorage }),
      }),
    };
  });
  return managerPromise;
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [signUpUrl, setSignUpUrl] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    // a visitor with no session here needs no OpenID client until they sign in: the first page stays small
    const signedInBefore = Object.keys(window.sessionStorage).some((key) => key.startsWith('oidc.user:'));
    const callback = window.location.pathname === '/signin-callback';
    if (!signedInBefore && !callback) {
      fetch('/web-config.json').then((response) => response.json()).then((config: WebConfig) => {
        if (alive) setSignUpUrl(`${config.issuer.replace(/\/$/, '')}/signup`);
      }).catch(() => undefined);
      return () => {
        alive = false;
      };
    }
    loadManager().then(({ manager, config }) => {
      setSignUpUrl(`${config.issuer.replace(/\/$/, '')}/signup`);
      manager.getUser().then((found) => alive && setUser(found && !found.expired ? found : null));
      manager.events.addUserLoaded((loaded) => {
        if (alive) setUser(loaded);
      });
      manager.events.addUserUnloaded(() => {
        if (alive) setUser(null);
      });
    }).catch(() => undefined);
    return () => {
      alive = false;
    };
  }, []);
  const value = useMemo<AuthContext>(() => ({
    user,
    token: user?.access_token ?? null,
    scopes: scopesOf(user),
    tenant: claimsOf(user).tenant ?? null,
    signUpUrl,
    signIn: async (returnTo) => {
      const { manager } = await loadManager();
      await manager.signinRedirect({ state: returnTo ?? window.location.pathname + window.location.search });
    },
    signOut: async () => {
      const { manager } = await loadManager();
      const signedIn = await manager.getUser();
      await manager.removeUser();
      setUser(null);
      // RP-initiated logout: the authorization server ends its session too, so the next person at
      // this browser signs in afresh; it sends the browser back to the portal's front page
      if (signedIn?.id_token) await manager.signoutRedirect({ id_token_hint: signedIn.id_token });
    },
    completeSignIn: async () => {
      const { manager } = await loadManager();
      const signedIn = await manager.signinRedirectCallback();
      setUser(signedIn);
      return typeof signedIn.state === 'string' ? signedIn.state : '/';
    },
  }), [user, signUpUrl]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}


/** The access token's claims, read for display only: the servers check the token themselves. */
function claimsOf(user: User | null): { scope?: string | string[]; tenant?: string } {
  if (!user) return {};
  try {
    return JSON.parse(atob(user.access_token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return {};
  }
}

function scopesOf(user: User | null): string[] {
  const scope = claimsOf(user).scope;
  return Array.isArray(scope) ? scope : typeof scope === 'string' ? scope.split(' ') : [];
}

export function useAuth(): AuthContext {
  const context = useContext(Context);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}
