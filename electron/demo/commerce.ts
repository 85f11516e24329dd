/** Demo commerce: products with brands, offers and ratings; orders; subscriptions. */
import type { SeededRandom } from './random';
import { PLANS, PRODUCT_LINES } from './pools';
import type { DemoPerson } from './people';
import { isoDate } from './shared-fields';

type Doc = Record<string, unknown> & { $type: string; $id: string };

/** Every product of the pool's product lines. */
export function generateProducts(rand: SeededRandom): Doc[] {
  let n = 0;
  return PRODUCT_LINES.flatMap((line) =>
    line.names.map((name) => {
      n += 1;
      const price = rand.money(line.price[0], line.price[1]);
      return {
        $type: 'Product',
        $id: `product-${String(n).padStart(3, '0')}`,
        name,
        sku: `${line.brand.slice(0, 3).toUpperCase()}-${1000 + n}`,
        category: line.category,
        brand: { $type: 'Brand', name: line.brand },
        offers: {
          $type: 'Offer',
          price,
          priceCurrency: 'USD',
          availability: rand.chance(0.85) ? 'InStock' : rand.pick(['OutOfStock', 'PreOrder', 'BackOrder']),
        },
        aggregateRating: { $type: 'AggregateRating', ratingValue: Math.round((3 + rand.next() * 2) * 10) / 10, reviewCount: rand.int(3, 900) },
        keywords: [line.category.toLowerCase(), line.brand.toLowerCase()],
      };
    }),
  );
}

/** Orders by random customers over the last year; total = subtotal + tax + shipping. */
export function generateOrders(rand: SeededRandom, count: number, people: DemoPerson[], products: Doc[], now: Date): Doc[] {
  const orders: Doc[] = [];
  for (let i = 0; i < count; i++) {
    const items = rand.sample(products, rand.int(1, 3)).map((product) => ({
      $type: 'OrderItem',
      orderedItem: product.$id,
      orderQuantity: rand.int(1, 4),
      price: (product.offers as { price: number }).price,
    }));
    const subtotal = round(items.reduce((sum, item) => sum + item.price * item.orderQuantity, 0));
    const tax = round(subtotal * 0.08);
    const shipping = subtotal > 100 ? 0 : 7.5;
    const daysAgo = rand.int(0, 364);
    orders.push({
      $type: 'Order',
      $id: `order-${String(i + 1).padStart(6, '0')}`,
      orderNumber: `SO-${String(10000 + i)}`,
      orderDate: new Date(now.getTime() - daysAgo * 86_400_000 - rand.int(0, 86_399) * 1000).toISOString(),
      customer: rand.pick(people).$id,
      orderedItem: items,
      subtotal,
      tax,
      shipping,
      total: round(subtotal + tax + shipping),
      priceCurrency: 'USD',
      orderStatus: daysAgo > 7 ? 'OrderDelivered' : rand.pick(['OrderProcessing', 'OrderInTransit', 'OrderDelivered']),
    });
  }
  return orders;
}

/** Subscriptions (a custom type) whose price matches their plan. */
export function generateSubscriptions(rand: SeededRandom, people: DemoPerson[], now: Date): Doc[] {
  const plans = Object.keys(PLANS) as (keyof typeof PLANS)[];
  return rand.sample(people, Math.ceil(people.length / 4)).map((customer, i) => {
    const plan = rand.pick(plans);
    const start = new Date(now.getTime() - rand.int(10, 700) * 86_400_000);
    const status = rand.chance(0.8) ? 'active' : rand.pick(['paused', 'cancelled']);
    const sub: Doc = {
      $type: 'Subscription',
      $id: `sub-${String(i + 1).padStart(5, '0')}`,
      plan,
      status,
      customer: customer.$id,
      startDate: isoDate(start),
      price: PLANS[plan],
      mrr: status === 'active' ? PLANS[plan] : 0,
    };
    if (status === 'cancelled') sub.endDate = isoDate(new Date(start.getTime() + rand.int(30, 300) * 86_400_000));
    return sub;
  });
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
