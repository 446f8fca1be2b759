/** The roles of the register (SPEC 4). A leaf module: the web pages import it too. */
export const ROLES = ['operations', 'legal', 'manager', 'admin'] as const;
export type Role = (typeof ROLES)[number];
