import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, session } from './api';
import type { ResponseOf } from './api-types';

export type AdminUser = ResponseOf<'getAdminAuthMe'>;

type Auth = {
  user: AdminUser | null;
  login(username: string, password: string): Promise<void>;
  logout(): void;
  can(...roles: string[]): boolean;
};

const USER_KEY = 'sy_admin_user';
const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<AdminUser | null>(() => {
    const raw = session.token() ? localStorage.getItem(USER_KEY) : null;
    return raw ? (JSON.parse(raw) as AdminUser) : null;
  });
  const forget = useCallback(() => {
    session.clear();
    localStorage.removeItem(USER_KEY);
    setUser(null);
  }, []);
  // Logging out ends the session on the server too: the token stops working everywhere at once.
  const logout = useCallback(() => {
    if (session.token()) void api('/admin/auth/logout', { method: 'POST' }).catch(() => undefined);
    forget();
  }, [forget]);
  useEffect(() => session.onExpired(forget), [forget]);
  const value = useMemo<Auth>(
    () => ({
      user,
      async login(username, password) {
        const r = await api<{ token: string; expires_at: string; user: AdminUser }>('/admin/auth/login', {
          method: 'POST',
          body: { username, password },
        });
        session.save(r.token, r.expires_at);
        localStorage.setItem(USER_KEY, JSON.stringify(r.user));
        setUser(r.user);
      },
      logout,
      // The menu and routes follow the roles (admin manages users and roles only); the server checks
      // the permission again on every call.
      can: (...roles) => Boolean(user && roles.some((r) => user.roles.includes(r))),
    }),
    [user, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const a = useContext(AuthContext);
  if (!a) throw new Error('useAuth outside AuthProvider');
  return a;
}
