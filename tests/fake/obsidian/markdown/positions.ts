/**
 * Offsets, lines and columns the way Obsidian's cache reports them: zero-based line and
 * column, and the absolute character offset in the note text.
 */
export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

/** Splits a text into lines once, so offset/line lookups stay cheap. */
export class LineIndex {
	readonly starts: number[] = [0];
	readonly lines: string[];

	constructor(readonly text: string) {
		for (let i = 0; i < text.length; i++) {
			if (text[i] === "\n") this.starts.push(i + 1);
		}
		this.lines = this.starts.map((start, i) => {
			const end = i + 1 < this.starts.length ? this.starts[i + 1] - 1 : text.length;
			return text.slice(start, end).replace(/\r$/, "");
		});
	}

	get lineCount(): number {
		return this.lines.length;
	}

	/** The location of a character offset. */
	loc(offset: number): Loc {
		let lo = 0;
		let hi = this.starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo, col: offset - this.starts[lo], offset };
	}

	/** A position from the given column of one line to the end of another. */
	span(startLine: number, startCol: number, endLine: number): Pos {
		return {
			start: { line: startLine, col: startCol, offset: this.starts[startLine] + startCol },
			end: this.lineEnd(endLine),
		};
	}

	lineEnd(line: number): Loc {
		const col = this.lines[line].length;
		return { line, col, offset: this.starts[line] + col };
	}
}
