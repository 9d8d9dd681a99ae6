"use client";
import type { KeyboardEvent, ReactNode } from "react";

const KEYS = new Set(["ArrowUp", "ArrowDown", "ArrowLeft", "ArrowRight", "Home", "End"]);

/**
 * Arrow-key movement between the session links of an agenda table: left/right along a row, up/down to the
 * nearest session in the same column. Tab still walks every link in reading order.
 */
export function GridKeyboard({ children }: { children: ReactNode }) {
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (!KEYS.has(event.key)) return;
    const link = (event.target as HTMLElement).closest("a");
    const cell = link?.closest("td");
    const table = cell?.closest("table");
    if (!link || !cell || !table) return;
    const links = [...table.querySelectorAll<HTMLAnchorElement>("tbody td a")];
    const rect = cell.getBoundingClientRect();
    let target: HTMLAnchorElement | undefined;
    if (event.key === "Home") target = links[0];
    else if (event.key === "End") target = links[links.length - 1];
    else {
      const candidates = links
        .filter((a) => a.closest("td") !== cell)
        .map((a) => ({ a, r: a.closest("td")!.getBoundingClientRect() }))
        .filter(({ r }) => {
          if (event.key === "ArrowRight") return r.left >= rect.right - 1 && r.top < rect.bottom && r.bottom > rect.top;
          if (event.key === "ArrowLeft") return r.right <= rect.left + 1 && r.top < rect.bottom && r.bottom > rect.top;
          if (event.key === "ArrowDown") return r.top >= rect.bottom - 1 && r.left < rect.right && r.right > rect.left;
          return r.bottom <= rect.top + 1 && r.left < rect.right && r.right > rect.left;
        })
        // Nearest along the direction of travel first, then the one lined up with the current cell's start edge
        // (so moving down from a break spanning every room lands in the first room, not the middle one).
        .sort((p, q) => {
          const vertical = event.key === "ArrowUp" || event.key === "ArrowDown";
          const along = (r: DOMRect) => (vertical ? Math.abs(r.top - rect.top) : Math.abs(r.left - rect.left));
          const across = (r: DOMRect) => (vertical ? Math.abs(r.left - rect.left) : Math.abs(r.top - rect.top));
          return along(p.r) - along(q.r) || across(p.r) - across(q.r);
        });
      target = candidates[0]?.a;
    }
    if (target) {
      event.preventDefault();
      target.focus();
    }
  }
  return <div onKeyDown={onKeyDown}>{children}</div>;
}
