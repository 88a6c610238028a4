import type { FigureProps } from './figure-props';

/**
 * Two icon arrays for the 2014 single-arm study of 40 people with active,
 * refractory lupus (Wang 2014, Arthritis Res Ther 16:R79).
 * Top: response within 12 months: 13 major (solid), 11 partial (striped),
 * 16 none (outline). Bottom: the same 40 people, in the same 10 × 4 grid so
 * the two panels read alike: 37 alive (person), 3 died (cross). The two arrays are kept apart on purpose: the paper does not
 * say which response group the people who died were in.
 * Shape, fill pattern and label carry the meaning; colour only supports it.
 */

const TOTAL = 40;
const MAJOR = 13;
const PARTIAL = 11;
const DIED = 3;

const INK = '#1f3a5f'; // 11:1 on white
const MARK = '#9b1c1c'; // 7.9:1 on white
const ALIVE = '#4a5568'; // 7.5:1 on white
const TEXT = '#1a202c';
const STRIPES = 'sle-40-patients-stripes';

type Style = 'solid' | 'striped' | 'outline' | 'alive';

function Person({ x, y, size, style }: { x: number; y: number; size: number; style: Style }) {
  const cx = x + size / 2;
  const head = { cx, cy: y + size * 0.3, r: size * 0.17 };
  const body = `M ${x + size * 0.2} ${y + size * 0.9} Q ${x + size * 0.2} ${y + size * 0.52} ${cx} ${y + size * 0.52} Q ${x + size * 0.8} ${y + size * 0.52} ${x + size * 0.8} ${y + size * 0.9} Z`;
  const fill = style === 'solid' ? INK : style === 'striped' ? `url(#${STRIPES})` : style === 'alive' ? ALIVE : '#ffffff';
  const stroke = style === 'alive' ? ALIVE : INK;
  return (
    <g fill={fill} stroke={stroke} strokeWidth={1.6}>
      <circle cx={head.cx} cy={head.cy} r={head.r} />
      <path d={body} />
    </g>
  );
}

function Cross({ x, y, size }: { x: number; y: number; size: number }) {
  const a = size * 0.2;
  const b = size * 0.8;
  return (
    <g stroke={MARK} strokeWidth={Math.max(3, size * 0.14)} strokeLinecap="round">
      <line x1={x + a} y1={y + a} x2={x + b} y2={y + b} />
      <line x1={x + b} y1={y + a} x2={x + a} y2={y + b} />
    </g>
  );
}

function responseStyle(i: number): Style {
  if (i < MAJOR) return 'solid';
  if (i < MAJOR + PARTIAL) return 'striped';
  return 'outline';
}

export default function Sle40Patients({ labels }: FigureProps) {
  // Panel 1: response, 10 × 4 grid.
  const cell = 30;
  const gridX = 30;
  const head1Y = 20;
  const grid1Y = 30;
  const legend1Y = grid1Y + 4 * cell + 12;
  // Panel 2: survival, the same 10 × 4 grid and icon size as panel 1.
  const head2Y = legend1Y + 3 * cell + 28;
  const grid2Y = head2Y + 10;
  const legend2Y = grid2Y + 4 * cell + 12;
  const height = legend2Y + 2 * cell + 6;

  return (
    <svg viewBox={`0 0 360 ${height}`} width="100%" aria-hidden="true" focusable="false" fontFamily="system-ui, sans-serif">
      <defs>
        <pattern id={STRIPES} patternUnits="userSpaceOnUse" width={5} height={5} patternTransform="rotate(45)">
          <rect width={5} height={5} fill="#ffffff" />
          <line x1={0} y1={0} x2={0} y2={5} stroke={INK} strokeWidth={3} />
        </pattern>
      </defs>

      <text x={180} y={head1Y} textAnchor="middle" fontSize={15} fontWeight={700} fill={TEXT}>
        {labels.responseHeading}
      </text>
      {Array.from({ length: TOTAL }, (_, i) => (
        <Person key={i} x={gridX + (i % 10) * cell} y={grid1Y + Math.floor(i / 10) * cell} size={cell} style={responseStyle(i)} />
      ))}
      <g>
        <Person x={gridX} y={legend1Y} size={cell} style="solid" />
        <text x={gridX + cell + 8} y={legend1Y + 21} fontSize={15} fill={TEXT}>
          {labels.major}
        </text>
        <Person x={gridX} y={legend1Y + cell} size={cell} style="striped" />
        <text x={gridX + cell + 8} y={legend1Y + cell + 21} fontSize={15} fill={TEXT}>
          {labels.partial}
        </text>
        <Person x={gridX} y={legend1Y + 2 * cell} size={cell} style="outline" />
        <text x={gridX + cell + 8} y={legend1Y + 2 * cell + 21} fontSize={15} fill={TEXT}>
          {labels.none}
        </text>
      </g>

      <line x1={20} y1={head2Y - 22} x2={340} y2={head2Y - 22} stroke="#a0aec0" strokeWidth={1} />
      <text x={180} y={head2Y} textAnchor="middle" fontSize={15} fontWeight={700} fill={TEXT}>
        {labels.survivalHeading}
      </text>
      {Array.from({ length: TOTAL }, (_, i) => {
        const x = gridX + (i % 10) * cell;
        const y = grid2Y + Math.floor(i / 10) * cell;
        return i < DIED ? <Cross key={i} x={x} y={y} size={cell} /> : <Person key={i} x={x} y={y} size={cell} style="alive" />;
      })}
      <g>
        <Cross x={gridX} y={legend2Y} size={cell} />
        <text x={gridX + cell + 8} y={legend2Y + 21} fontSize={15} fill={TEXT}>
          {labels.died}
        </text>
        <Person x={gridX} y={legend2Y + cell} size={cell} style="alive" />
        <text x={gridX + cell + 8} y={legend2Y + cell + 21} fontSize={15} fill={TEXT}>
          {labels.alive}
        </text>
      </g>
    </svg>
  );
}
