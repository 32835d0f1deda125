package mx.vinculos.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF's text, one text line per line of the page, with a blank line between paragraphs
 * and page numbers left out. PDFBox's own paragraph test compares the gap between two
 * lines with a fixed multiple of the glyph height, so a report set with 1.5 or double line
 * spacing comes out with a blank line after every line; here a gap is a paragraph break
 * only when it is clearly larger than the document's typical line gap (measured in font
 * sizes, so a heading's larger type does not count as a break). A paragraph running on
 * across a page break stays one paragraph, so that its quotes are not cut in two.
 */
final class PdfLines extends PDFTextStripper {

	/** A line of a page: its text, baseline (from the top) and font size. */
	record Line(String text, float y, float size) {
	}

	/**
	 * A gap this much wider than the typical one (in font sizes) separates paragraphs: a
	 * third of a line, less than a word processor's smallest space after a paragraph
	 * (6 pt at 11 pt type), more than lines of one paragraph ever differ.
	 */
	static final float BREAK = 0.3f;

	/** Below this many line gaps the document is too short to measure its own leading. */
	static final int FEW_GAPS = 12;

	/** Single spacing, baseline to baseline, in font sizes (most fonts set 1.15-1.2). */
	static final float SINGLE = 1.25f;

	/** A line holding only a page number: "12", "- 12 -", "Página 12", "12 de 40". */
	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?i)[-–—\\s]*(?:p[áa]gina\\s+|p[áa]g\\.\\s*)?\\d{1,3}(?:\\s*(?:de|/)\\s*\\d{1,3})?[-–—\\s]*");

	/**
	 * A line ending a sentence or a date line, or a heading in capitals: a page break after
	 * it ends the paragraph. Not a colon, semicolon or closing quote: lists and quoted
	 * headings run on past them.
	 */
	private static final Pattern ENDS = Pattern.compile(".*[.!?)]|[^\\p{Ll}]*\\p{Lu}{3}[^\\p{Ll}]*");

	final List<List<Line>> pages = new ArrayList<>();

	private final StringBuilder current = new StringBuilder();

	private float y;

	private float size;

	private boolean open;

	PdfLines() throws IOException {
		setLineSeparator("\n");
		setSortByPosition(false);
	}

	/** The text of the document, as the drafter and the quotes read it. */
	static String text(PDDocument doc) throws IOException {
		PdfLines lines = new PdfLines();
		lines.getText(doc);
		return lines.join();
	}

	@Override
	protected void startPage(PDPage page) throws IOException {
		this.pages.add(new ArrayList<>());
	}

	@Override
	protected void endPage(PDPage page) throws IOException {
		close();
	}

	@Override
	protected void writeString(String text, List<TextPosition> positions) throws IOException {
		if (!this.open) {
			this.open = true;
			TextPosition p = positions.isEmpty() ? null : positions.get(0);
			this.y = p == null ? 0 : p.getYDirAdj();
			this.size = p == null ? 0 : Math.max(p.getFontSizeInPt(), p.getHeightDir());
		}
		this.current.append(text);
	}

	@Override
	protected void writeWordSeparator() throws IOException {
		if (this.open) {
			this.current.append(getWordSeparator());
		}
	}

	@Override
	protected void writeLineSeparator() throws IOException {
		close();
	}

	// paragraphs and pages are marked in join(), from the measured gaps
	@Override
	protected void writeParagraphSeparator() {
	}

	@Override
	protected void writeParagraphStart() {
	}

	@Override
	protected void writeParagraphEnd() {
	}

	@Override
	protected void writePageStart() {
	}

	@Override
	protected void writePageEnd() {
	}

	private void close() {
		if (this.open && !this.pages.isEmpty()) {
			String s = this.current.toString().strip();
			if (!s.isEmpty()) {
				this.pages.get(this.pages.size() - 1).add(new Line(s, this.y, this.size));
			}
		}
		this.open = false;
		this.current.setLength(0);
	}

	/** The lines, a blank line where a gap is clearly wider than the typical one. */
	String join() {
		List<List<Line>> kept = new ArrayList<>();
		for (List<Line> page : this.pages) {
			List<Line> body = new ArrayList<>(page);
			// a page number stands alone at the top or the bottom of its page
			if (!body.isEmpty() && PAGE_NUMBER.matcher(body.get(body.size() - 1).text()).matches()) {
				body.remove(body.size() - 1);
			}
			if (!body.isEmpty() && PAGE_NUMBER.matcher(body.get(0).text()).matches()) {
				body.remove(0);
			}
			kept.add(body);
		}
		float typical = typicalGap(kept);
		// where text usually starts and ends on a page, to tell a page that ends early
		float top = Float.MAX_VALUE;
		float bottom = 0;
		for (List<Line> page : kept) {
			if (!page.isEmpty()) {
				top = Math.min(top, page.get(0).y());
				bottom = Math.max(bottom, page.get(page.size() - 1).y());
			}
		}
		StringBuilder out = new StringBuilder();
		Line last = null;
		for (List<Line> page : kept) {
			for (int i = 0; i < page.size(); i++) {
				Line line = page.get(i);
				if (last != null) {
					boolean breaks;
					if (i == 0) {
						// a new page: the paragraph goes on unless the last one ended, the page
						// before stopped short of its usual end or this one starts below its top
						breaks = ENDS.matcher(last.text()).matches()
								|| bottom - last.y() > (typical + BREAK) * last.size()
								|| line.y() - top > 2 * BREAK * line.size();
					}
					else {
						float gap = gap(last, line);
						breaks = gap <= 0 || gap > typical + BREAK;
					}
					out.append(breaks ? "\n\n" : "\n");
				}
				out.append(line.text());
				last = line;
			}
		}
		return out.append('\n').toString();
	}

	/**
	 * The gap from one line's baseline to the next, in the next line's font sizes (its
	 * leading is set by its own type); 0 or less if it goes up.
	 */
	private static float gap(Line a, Line b) {
		return b.size() <= 0 ? 0 : (b.y() - a.y()) / b.size();
	}

	/**
	 * The document's line gap inside a paragraph: the lower quartile of the gaps, since
	 * short paragraphs (headings, date lines) make breaks common, yet most gaps are still
	 * between lines of running text.
	 */
	private static float typicalGap(List<List<Line>> pages) {
		List<Float> gaps = new ArrayList<>();
		for (List<Line> page : pages) {
			for (int i = 1; i < page.size(); i++) {
				float g = gap(page.get(i - 1), page.get(i));
				// lines barely apart are a superscript or a table's cells, not the text's leading
				if (g > 0.5f) {
					gaps.add(g);
				}
			}
		}
		if (gaps.isEmpty()) {
			return Float.MAX_VALUE;
		}
		float[] sorted = new float[gaps.size()];
		for (int i = 0; i < sorted.length; i++) {
			sorted[i] = gaps.get(i);
		}
		Arrays.sort(sorted);
		float quartile = sorted[sorted.length / 4];
		// a few lines (a one-page note, each line its own paragraph) say nothing of the leading:
		// read them as single-spaced, so a blank line between them still separates them
		return sorted.length < FEW_GAPS ? Math.min(quartile, SINGLE) : quartile;
	}

}
