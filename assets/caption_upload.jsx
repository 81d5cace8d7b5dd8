// Caption upload for one lecture: a language menu and a file picker; the file (WebVTT or SRT,
// at most 1 MB) goes to the REST endpoint with the signed-in user's access token.
import React, { useRef, useState } from "react";
import { getBackendURL } from "$/utils/state";
import env from "$/env.json";

export function CaptionUpload({
  lectureId,
  languages = [],
  defaultLanguage = "en",
  maxBytes = 1048576,
  tokenKey = "uc_access_token",
  onUploaded,
  onError,
  id,
  ref: _ref, // React 19: `ref` is an ordinary prop
  ...rest
}) {
  const input = useRef(null);
  const [language, setLanguage] = useState(defaultLanguage);
  const [busy, setBusy] = useState(false);

  const fail = (text) => {
    setBusy(false);
    if (onError) onError(text);
  };

  const send = (file) => {
    if (!file) return;
    if (maxBytes && file.size > maxBytes) {
      fail(`This file is ${Math.ceil(file.size / 1024)} KB; caption files may be at most ${Math.round(maxBytes / 1024)} KB.`);
      return;
    }
    const url = new URL(`/api/v1/lectures/${lectureId}/captions`, getBackendURL(env.UPLOAD).origin);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url.toString());
    const token = window.localStorage.getItem(tokenKey) || "";
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.onload = () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (_error) {
        body = null;
      }
      if ((xhr.status === 200 || xhr.status === 201) && body && body.language) {
        setBusy(false);
        if (onUploaded) onUploaded(body.language);
      } else if (xhr.status === 401) {
        fail("Your session has expired. Reload the page, then upload again.");
      } else {
        const text = body && body.error && body.error.message;
        fail(text || `The upload failed (HTTP ${xhr.status}). Try again.`);
      }
    };
    xhr.onerror = () => fail("The upload was interrupted. Check your connection and try again.");
    const form = new FormData();
    form.append("language", language);
    form.append("file", file, file.name);
    setBusy(true);
    xhr.send(form);
  };

  const control = {
    height: 32,
    borderRadius: 6,
    border: "1px solid var(--gray-a7)",
    background: "var(--color-surface)",
    color: "var(--gray-12)",
    padding: "0 8px",
    fontSize: 14,
    maxWidth: "100%",
  };
  return (
    <div id={id} style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 8 }} {...rest}>
      <select
        aria-label="Caption language"
        className="caption-language"
        value={language}
        disabled={busy}
        onChange={(event) => setLanguage(event.target.value)}
        style={control}
      >
        {languages.map((item) => (
          <option key={item[0]} value={item[0]}>
            {item[1]}
          </option>
        ))}
      </select>
      <input
        ref={input}
        type="file"
        accept=".vtt,.srt,text/vtt,application/x-subrip"
        style={{ display: "none" }}
        className="caption-file-input"
        data-testid="caption-file-input"
        onChange={(event) => {
          const file = event.target.files && event.target.files[0];
          event.target.value = "";
          send(file);
        }}
      />
      <button
        type="button"
        className="rt-reset rt-BaseButton rt-r-size-2 rt-variant-soft rt-Button caption-upload-button"
        disabled={busy}
        onClick={() => input.current && input.current.click()}
      >
        {busy ? "Uploading…" : "Upload captions (.vtt, .srt)"}
      </button>
    </div>
  );
}
