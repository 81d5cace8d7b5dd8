// The Transcript panel's live part, all in the browser: the line being said is highlighted
// while the video plays (the video's timeupdate events), and clicking a line seeks there.
// No round trip to the server per second.
import React, { useEffect } from "react";

const ACTIVE = "transcript-line-active";

export function TranscriptFollow({ videoId = "lecture-video", containerId = "transcript-lines" }) {
  useEffect(() => {
    let active = null;
    const box = () => document.getElementById(containerId);

    const show = (time) => {
      const container = box();
      if (!container) return;
      let found = null;
      for (const line of container.querySelectorAll("[data-start]")) {
        const start = Number(line.dataset.start);
        if (start > time) break;
        if (time < Number(line.dataset.end)) {
          found = line;
          break;
        }
      }
      if (found === active && (!found || found.classList.contains(ACTIVE))) return;
      if (active) {
        active.classList.remove(ACTIVE);
        active.removeAttribute("aria-current");
      }
      active = found;
      if (!found) return;
      found.classList.add(ACTIVE);
      found.setAttribute("aria-current", "true");
      // keep the line in view inside the list, never scrolling the page itself
      const top = found.offsetTop;
      if (top < container.scrollTop || top + found.offsetHeight > container.scrollTop + container.clientHeight) {
        container.scrollTop = Math.max(0, top - container.clientHeight / 3);
      }
    };

    const onTime = (event) => {
      const video = event.target;
      if (video && video.id === videoId) show(video.currentTime || 0);
    };
    const onClick = (event) => {
      const container = box();
      const line = event.target && event.target.closest ? event.target.closest("[data-start]") : null;
      if (!container || !line || !container.contains(line)) return;
      const video = document.getElementById(videoId);
      if (!video) return;
      const target = Number(line.dataset.start) + 0.01;
      const seek = () => {
        video.currentTime = target;
        show(target);
      };
      // before the video has loaded, the player would start from its own position: wait
      if (video.readyState >= 1) seek();
      else video.addEventListener("loadedmetadata", seek, { once: true });
      const playing = video.play();
      if (playing && playing.catch) playing.catch(() => {});
    };

    // media events do not bubble: listen in the capture phase, whatever video is mounted
    document.addEventListener("timeupdate", onTime, true);
    document.addEventListener("seeked", onTime, true);
    document.addEventListener("click", onClick);
    const video = document.getElementById(videoId);
    if (video) show(video.currentTime || 0);
    const observer = new MutationObserver(() => {
      const current = document.getElementById(videoId);
      active = null;
      if (current) show(current.currentTime || 0);
    });
    const container = box();
    if (container) observer.observe(container, { childList: true, subtree: true });
    return () => {
      document.removeEventListener("timeupdate", onTime, true);
      document.removeEventListener("seeked", onTime, true);
      document.removeEventListener("click", onClick);
      observer.disconnect();
    };
  }, [videoId, containerId]);
  return null;
}
