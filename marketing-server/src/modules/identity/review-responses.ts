import { z } from 'zod';

export const getAdminIdentityReviews = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      status: z.enum(['pending', 'resolved']),
      real_name: z.string(),
      id_number: z.string(),
      holder: z.object({ user_id: z.string(), phone: z.string().nullable() }),
      claimant: z.object({ user_id: z.string(), phone: z.string().nullable() }),
      decision: z.enum(['keep_holder', 'grant_claimant', 'share']).nullable(),
      note: z.string().nullable(),
      resolved_by: z.string().nullable(),
      created_at: z.string(),
      resolved_at: z.string().nullable(),
    }),
  ),
});
export const postAdminIdentityReviewsByReviewIdResolve = z.object({
  id: z.string(),
  status: z.string(),
  decision: z.enum(['keep_holder', 'grant_claimant', 'share']),
});
