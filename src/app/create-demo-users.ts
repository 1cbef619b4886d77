import type { Role } from '../core/types.ts';
import { addUser } from './add-user.ts';
import type { AppContext } from './context.ts';

/** Every demo account shares this password: it satisfies the password rules and is printed at first start. */
export const DEMO_PASSWORD = 'tandem-demo-2026';

const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.tandem', name: 'Alex Admin', role: 'admin' },
  { email: 'vertrieb@demo.tandem', name: 'Vera Vertriebsleitung', role: 'sales_manager' },
  { email: 'aussendienst@demo.tandem', name: 'Anton Außendienst', role: 'sales_rep' },
  { email: 'marketing@demo.tandem', name: 'Mara Marketing', role: 'marketing' },
  { email: 'viewer@demo.tandem', name: 'Gina Gast', role: 'viewer' },
];

export interface DemoLogin {
  email: string;
  password: string;
  role: Role;
  name: string;
}

/**
 * Creates one demo user per role in the workspace (skipping e-mails that exist already) and returns the logins
 * to print. The sales rep takes over the first owner (sales rep in the imported data) not yet linked to a user,
 * and gets that owner's name, so "my deals" and "my questions" have something in them.
 */
export async function createDemoUsers(ctx: AppContext, workspaceId: number): Promise<DemoLogin[]> {
  const { storage } = ctx;
  const logins: DemoLogin[] = [];
  const owner = (await storage.dimensions.list(workspaceId)).owners.find((o) => o.userId === null);
  for (const account of DEMO_ACCOUNTS) {
    const isRepWithOwner = account.role === 'sales_rep' && owner !== undefined;
    const name = isRepWithOwner ? owner.name : account.name;
    if (!(await storage.users.findByEmail(account.email))) {
      const { user } = await addUser({
        storage,
        actor: { workspaceId, userId: null },
        email: account.email,
        name,
        role: account.role,
        password: DEMO_PASSWORD,
      });
      if (isRepWithOwner) await storage.dimensions.assignOwner(workspaceId, owner.id, { userId: user.id });
    }
    logins.push({ email: account.email, password: DEMO_PASSWORD, role: account.role, name });
  }
  return logins;
}
