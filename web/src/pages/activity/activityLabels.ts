import type { ActivityKind } from '../../gql/graphql';

/** The kinds of activity, in the order the calendar offers them. */
export const ACTIVITY_KINDS: { kind: ActivityKind; zh: string; en: string }[] = [
  { kind: 'EXHIBITION', zh: '网上展会', en: 'Online exhibitions' },
  { kind: 'ROADSHOW', zh: '项目路演', en: 'Roadshows' },
  { kind: 'FAIR', zh: '对接会', en: 'Matchmaking fairs' },
  { kind: 'BANK_ENTERPRISE', zh: '银企对接会', en: 'Bank–enterprise sessions' },
];

/** A GraphQL global id's market: ids are base64url of tenant:Type:local. */
export function tenantOfId(id: string): string {
  try {
    return atob(id.replace(/-/g, '+').replace(/_/g, '/')).split(':')[0];
  } catch {
    return '';
  }
}
