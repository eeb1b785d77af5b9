/**
 * Permissions are operations: "METHOD /path" as the OpenAPI document names them, without the API
 * prefix (`POST /admin/campaigns/{id}/approve`). A role is a set of them; built-in roles get the
 * operations whose routes list them, custom roles the ones a user administrator picked.
 */
export function permissionKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/:([A-Za-z_]+)/g, '{$1}')}`;
}

export type RoleGrant = { id: string; display_name: string; permissions: readonly string[] };

export type SodRule = {
  id: string;
  name: string;
  left_name: string;
  right_name: string;
  left_permissions: readonly string[];
  right_permissions: readonly string[];
};

export type SodConflict = { rule: SodRule; left_role: RoleGrant; right_role: RoleGrant };

const touches = (role: RoleGrant, perms: readonly string[]) =>
  perms.some((p) => role.permissions.includes(p));

/**
 * A user holds conflicting roles when one of them grants a permission on a rule's left and another
 * one a permission on its right. Within one built-in role (a funder records and confirms deposits) the
 * duties are kept apart at action time instead: nobody decides their own deposit.
 */
export function sodConflicts(rules: readonly SodRule[], roles: readonly RoleGrant[]): SodConflict[] {
  const out: SodConflict[] = [];
  for (const rule of rules) {
    for (const left of roles) {
      if (!touches(left, rule.left_permissions)) continue;
      const right = roles.find((r) => r.id !== left.id && touches(r, rule.right_permissions));
      if (right) {
        out.push({ rule, left_role: left, right_role: right });
        break;
      }
    }
  }
  return out;
}

/** A custom role may not sit on both sides of a rule by itself. */
export function rulesSplitBy(rules: readonly SodRule[], role: RoleGrant): SodRule[] {
  return rules.filter((r) => touches(role, r.left_permissions) && touches(role, r.right_permissions));
}

export function conflictMessage(c: SodConflict): string {
  return `职责分离冲突：「${c.left_role.display_name}」（${c.rule.left_name}）与「${c.right_role.display_name}」（${c.rule.right_name}）不能授予同一用户——${c.rule.name}`;
}
