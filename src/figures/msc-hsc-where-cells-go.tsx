import type { FigureProps } from './figure-props';

/**
 * Where the cells go after a drip into a vein: MSCs (left column, round marker,
 * dashed boxes) mostly stop in the lungs and act briefly through signals; HSCs
 * (right column, square marker, solid boxes) settle in the bone marrow and rebuild
 * blood and immune cells. Every word comes from labels.
 */

const FONT = 16;
const LINE = 22;
const PAD = 8;
const COL_W = 164;
const GAP = 16;
const LEFT = (360 - 2 * COL_W - GAP) / 2;
const ARROW = 26;
const HEADER = 30;

const TEXT = '#1b1b1b';
const MSC = { stroke: '#00528f', fill: '#eaf2fa', dash: '6 4' };
const HSC = { stroke: '#8f3a0c', fill: '#fbefe7', dash: undefined };

const WIDE = /[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]/;
const NO_LINE_START = /^[，。、；：！？）」』,.;:!?)]/;

function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += WIDE.test(ch) ? FONT : FONT * 0.56;
  return w;
}

/**
 * Greedy wrap by estimated width: words for spaced scripts, characters for Chinese.
 * A "\n" in a label marks a preferred line break (useful for Chinese phrases).
 */
function wrap(text: string, max: number): string[] {
  return text.split('\n').flatMap((part) => wrapLine(part, max));
}

function wrapLine(text: string, max: number): string[] {
  const tokens = text.match(/[\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\u3000-\u303F\uFF00-\uFFEF]+\s*|\s+/g) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    const next = line + tok;
    if (line.trim() && textWidth(next.trimEnd()) > max && !NO_LINE_START.test(tok)) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else {
      line = next;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines.length > 0 ? lines : [''];
}

interface Box {
  lines: string[];
}

function ArrowDown({ x, y }: { x: number; y: number }) {
  return (
    <g>
      <line x1={x} y1={y + 3} x2={x} y2={y + ARROW - 9} stroke={TEXT} strokeWidth={2} />
      <polygon points={`${x - 6},${y + ARROW - 10} ${x + 6},${y + ARROW - 10} ${x},${y + ARROW - 2}`} fill={TEXT} />
    </g>
  );
}

export default function MscHscWhereCellsGo({ labels }: FigureProps) {
  const l = (id: string) => labels[id] ?? '';
  const inner = COL_W - 2 * PAD;
  const columns = [
    { style: MSC, title: l('mscTitle'), boxes: ['mscStart', 'mscWhere', 'mscAction'].map((id) => ({ lines: wrap(l(id), inner) })) },
    { style: HSC, title: l('hscTitle'), boxes: ['hscStart', 'hscWhere', 'hscAction'].map((id) => ({ lines: wrap(l(id), inner) })) },
  ];

  // Rows line up across the two columns.
  const rowHeights = [0, 1, 2].map((r) =>
    Math.max(...columns.map((c) => ((c.boxes[r] as Box).lines.length * LINE) + 2 * PAD)),
  );
  const rowTops: number[] = [];
  let y = 8 + HEADER + 6;
  for (const h of rowHeights) {
    rowTops.push(y);
    y += h + ARROW;
  }
  const height = y - ARROW + 8;

  return (
    <svg
      viewBox={`0 0 360 ${height}`}
      width="100%"
      aria-hidden="true"
      focusable="false"
    >
      <rect x={0} y={0} width={360} height={height} fill="#ffffff" />
      {columns.map((col, ci) => {
        const x = LEFT + ci * (COL_W + GAP);
        const cx = x + COL_W / 2;
        return (
          <g key={ci}>
            {/* Header: round marker for MSC, square marker for HSC, so colour is not the only cue. */}
            {ci === 0 ? (
              <circle cx={x + 12} cy={8 + HEADER / 2} r={7} fill={col.style.stroke} />
            ) : (
              <rect x={x + 5} y={8 + HEADER / 2 - 7} width={14} height={14} fill={col.style.stroke} />
            )}
            <text x={x + 26} y={8 + HEADER / 2 + 6} fontSize={17} fontWeight={700} fill={TEXT}>
              {col.title}
            </text>
            {col.boxes.map((box, ri) => {
              const top = rowTops[ri] ?? 0;
              const h = rowHeights[ri] ?? 0;
              const textTop = top + (h - box.lines.length * LINE) / 2 + LINE - 4;
              return (
                <g key={ri}>
                  <rect
                    x={x}
                    y={top}
                    width={COL_W}
                    height={h}
                    rx={ci === 0 ? 14 : 3}
                    fill={col.style.fill}
                    stroke={col.style.stroke}
                    strokeWidth={2}
                    strokeDasharray={col.style.dash}
                  />
                  <text x={cx} fontSize={FONT} fill={TEXT} textAnchor="middle">
                    {box.lines.map((line, li) => (
                      <tspan key={li} x={cx} y={textTop + li * LINE}>
                        {line}
                      </tspan>
                    ))}
                  </text>
                  {ri < 2 ? <ArrowDown x={cx} y={top + h} /> : null}
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}
