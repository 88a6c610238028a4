/** Every figure is an inline SVG drawn from translated labels (FigureText.labels). */
export interface FigureProps {
  labels: Record<string, string>;
}
