import { z } from 'zod';

/** One page of a list, as the server pages every list (`page` counts from 0; PageView on the server). */
export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number(),
    size: z.number(),
    totalItems: z.number(),
    totalPages: z.number(),
  });
}
