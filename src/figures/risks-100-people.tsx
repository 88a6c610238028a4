import type { FigureProps } from './figure-props';

/**
 * Icon array: 100 people with lupus who had a transplant (HSCT). The first 11
 * are drawn as a bold cross (died from the treatment within 100 days); the
 * other 89 as a person outline. Shape and label carry the meaning, colour only
 * supports it.
 */

const TOTAL = 100;
const MARKED = 11;
const COLS = 10;
const CELL = 32;
const GRID_X = 20;
const GRID_Y = 44;

const MARK_COLOUR = '#9b1c1c'; // 7.9:1 on white
const PERSON_COLOUR = '#4a5568'; // 7.5:1 on white
const TEXT_COLOUR = '#1a202c';

function Person({ x, y }: { x: number; y: number }) {
  // Head and shoulders, centred in a CELL × CELL box at (x, y).
  return (
    <g fill={PERSON_COLOUR}>
      <circle cx={x + CELL / 2} cy={y + 9} r={5} />
      <path d={`M ${x + 7} ${y + 27} Q ${x + 7} ${y + 16} ${x + CELL / 2} ${y + 16} Q ${x + CELL - 7} ${y + 16} ${x + CELL - 7} ${y + 27} Z`} />
    </g>
  );
}

function Cross({ x, y }: { x: number; y: number }) {
  const a = 7;
  const b = CELL - 7;
  return (
    <g stroke={MARK_COLOUR} strokeWidth={5} strokeLinecap="round">
      <line x1={x + a} y1={y + a - 2} x2={x + b} y2={y + b - 2} />
      <line x1={x + b} y1={y + a - 2} x2={x + a} y2={y + b - 2} />
    </g>
  );
}

export default function Risks100People({ labels }: FigureProps) {
  const rows = Math.ceil(TOTAL / COLS);
  const legendY = GRID_Y + rows * CELL + 20;
  const icons = Array.from({ length: TOTAL }, (_, i) => {
    const x = GRID_X + (i % COLS) * CELL;
    const y = GRID_Y + Math.floor(i / COLS) * CELL;
    return i < MARKED ? <Cross key={i} x={x} y={y} /> : <Person key={i} x={x} y={y} />;
  });

  return (
    <svg
      viewBox={`0 0 360 ${legendY + 2 * CELL + 8}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
      fontFamily="system-ui, sans-serif"
    >
      <text x={180} y={26} textAnchor="middle" fontSize={14} fontWeight={700} fill={TEXT_COLOUR}>
        {labels.heading}
      </text>
      {icons}
      <g>
        <Cross x={GRID_X} y={legendY} />
        <text x={GRID_X + CELL + 6} y={legendY + 20} fontSize={14} fill={TEXT_COLOUR}>
          {labels.died}
        </text>
        <Person x={GRID_X} y={legendY + CELL} />
        <text x={GRID_X + CELL + 6} y={legendY + CELL + 20} fontSize={14} fill={TEXT_COLOUR}>
          {labels.alive}
        </text>
      </g>
    </svg>
  );
}
