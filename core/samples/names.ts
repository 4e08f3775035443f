// The bundled sample's shared people and places: about 40 dealers of a drinks distributor in Chinese, seeded so always the same.
// Each template file builds its own sample table (`export function sample()`) from these.

export function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
export const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
export const int = (r: () => number, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));

export const DEALERS = [
  '华联商贸', '城东批发部', '永兴副食', '金穗商行', '百佳超市', '鑫源贸易', '惠民便利', '新世纪商场', '福满多批发', '和顺粮油',
  '嘉禾商贸', '四海食品', '宏达经销部', '老街副食店', '万家乐超市', '群力商行', '东方红批发', '佳佳便利店', '顺发贸易', '联华超市',
  '天天鲜', '大丰收批发', '好又多', '明珠商贸', '乐购便利', '兴隆副食', '红旗连锁', '美宜佳', '益民商店', '金三角批发',
  '平安商行', '富源经销', '新华副食', '快客便利', '阳光超市', '长城商贸', '吉祥批发部', '喜洋洋超市', '丰收粮油店', '正大食品',
] as const;
export const REGIONS = ['城东', '城西', '城南', '城北', '开发区'] as const;
export const REPS = ['张伟', '李娜', '王强', '刘洋', '陈静'] as const;
export const SKUS = ['矿泉水550ml', '果汁1L', '茶饮500ml'] as const;

/** Sales with a long tail, so 80/20 grading is meaningful. */
export function dealerSales(): number[] {
  const r = rng(11);
  return DEALERS.map((_, i) => Math.round((900000 / Math.pow(i + 1, 1.1)) * (0.85 + r() * 0.3)));
}

/** A/B/C as the tier plan grades the sample (top 8 A, next 12 B). */
export function tierOf(): string[] {
  return DEALERS.map((_, i) => (i < 8 ? 'A' : i < 20 ? 'B' : 'C'));
}
