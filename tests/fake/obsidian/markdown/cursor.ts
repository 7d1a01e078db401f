/**
 * A position inside one line that knows about tab stops (every 4 columns), because
 * Markdown container indentation is measured in columns, not characters.
 */
export class LineCursor {
	/** Index of the next character not yet consumed. */
	pos = 0;
	/** Virtual column reached. */
	col = 0;
	/** Columns left over from a tab that was only partly consumed. */
	private rem = 0;

	constructor(readonly text: string) {}

	/** Columns of whitespace ahead, and the index of the first other character. */
	peekIndent(): { cols: number; next: number } {
		let cols = this.rem;
		let c = this.col + this.rem;
		let i = this.pos;
		while (i < this.text.length && (this.text[i] === " " || this.text[i] === "\t")) {
			const w = this.text[i] === " " ? 1 : 4 - (c % 4);
			cols += w;
			c += w;
			i++;
		}
		return { cols, next: i };
	}

	/** Consumes `n` columns of whitespace (stops early at other characters). */
	advanceCols(n: number): void {
		while (n > 0) {
			if (this.rem > 0) {
				const t = Math.min(this.rem, n);
				this.rem -= t;
				this.col += t;
				n -= t;
				continue;
			}
			const ch = this.text[this.pos];
			if (ch === " ") {
				this.pos++;
				this.col++;
				n--;
			} else if (ch === "\t") {
				const w = 4 - (this.col % 4);
				this.pos++;
				if (w <= n) {
					this.col += w;
					n -= w;
				} else {
					this.col += n;
					this.rem = w - n;
					n = 0;
				}
			} else return;
		}
	}

	skipSpaces(): void {
		this.advanceCols(this.peekIndent().cols);
	}

	/** Consumes `k` non-whitespace characters. */
	advanceChars(k: number): void {
		this.pos += k;
		this.col += k;
		this.rem = 0;
	}

	/** Consumes one optional space (or one column of a tab), as after `>`. */
	optionalSpace(): void {
		if (this.rem > 0 || this.text[this.pos] === " " || this.text[this.pos] === "\t") this.advanceCols(1);
	}

	rest(): string {
		return this.text.slice(this.pos);
	}

	isBlank(): boolean {
		return /^[ \t]*$/.test(this.rest());
	}
}
