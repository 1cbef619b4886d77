import { z } from 'zod';

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

const periodBookingsSchema = z.object({
  period: z.string(),
  start: isoDateSchema,
  end: isoDateSchema,
  bookedCents: z.number(),
  targetCents: z.number().nullable(),
});

export const bookingsOverviewQuerySchema = z.object({
  asOf: isoDateSchema.optional(),
  quarters: z.coerce.number().int().min(1).max(20).default(6),
});

export const bookingsOverviewSchema = z.object({
  asOf: isoDateSchema,
  currency: z.string(),
  current: periodBookingsSchema,
  periods: z.array(periodBookingsSchema),
  byProduct: z.array(
    z.object({
      productId: z.number(),
      product: z.string(),
      bookedCents: z.number(),
      targetCents: z.number().nullable(),
    }),
  ),
});
export type BookingsOverview = z.infer<typeof bookingsOverviewSchema>;
