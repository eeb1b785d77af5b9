import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, session } from './api';

export type AdminUser = {
  id: string;
  username: string;
  display_name: string;
  roles: string[];
  merchant_id: string | null;
  funder_id: string | null;
};

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
  const logout = useCallback(() => {
    session.clear();
    localStorage.removeItem(USER_KEY);
    setUser(null);
  }, []);
  useEffect(() => session.onExpired(logout), [logout]);
  const value = useMemo<Auth>(
    () => ({
      user,
      async login(username, password) {
        const r = await api<{ token: string; user: AdminUser }>('/admin/auth/login', {
          method: 'POST',
          body: { username, password },
        });
        session.save(r.token);
        localStorage.setItem(USER_KEY, JSON.stringify(r.user));
        setUser(r.user);
      },
      logout,
      // The menu and routes follow the roles; the server checks them again on every call.
      can: (...roles) =>
        Boolean(user && (user.roles.includes('admin') || roles.some((r) => user.roles.includes(r)))),
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
