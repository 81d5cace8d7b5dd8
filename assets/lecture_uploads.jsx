// Uploads to a lecture (its video; its resources: PDF, ZIP, images, source files): the browser
// streams the file straight to the REST endpoint with XMLHttpRequest (upload progress events),
// authorised by the signed-in user's access token. Nothing passes through the Reflex websocket,
// so files of several GB are fine; the server checks each file by its content.
import React, { useRef, useState } from "react";
import { getBackendURL } from "$/utils/state";
import env from "$/env.json";

function formatBytes(bytes) {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

function LectureFileUpload({
  endpoint,
  acceptedStatus,
  idField,
  accept,
  buttonSize,
  testIds, // {file, progress, error}: the tests' handles
  lectureId,
  maxBytes = 0,
  tokenKey = "uc_access_token",
  label,
  disabled = false,
  onUploaded,
  onError,
  onStarted,
  id,
  ref: _ref, // React 19: `ref` is an ordinary prop
  ...rest
}) {
  const input = useRef(null);
  const request = useRef(null);
  const [percent, setPercent] = useState(null); // null: idle
  const [fileName, setFileName] = useState("");
  const [message, setMessage] = useState("");

  const fail = (text) => {
    request.current = null;
    setPercent(null);
    setMessage(text);
    if (onError) onError(text);
  };

  const start = (file) => {
    if (!file) return;
    setMessage("");
    if (maxBytes && file.size > maxBytes) {
      fail(`This file is ${formatBytes(file.size)}; the limit is ${formatBytes(maxBytes)}.`);
      return;
    }
    const token = window.localStorage.getItem(tokenKey) || "";
    const url = new URL(`/api/v1/lectures/${lectureId}/${endpoint}`, getBackendURL(env.UPLOAD).origin);
    const xhr = new XMLHttpRequest();
    request.current = xhr;
    xhr.open("POST", url.toString());
    if (token) xhr.setRequestHeader("Authorization", `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) setPercent(Math.floor((100 * event.loaded) / event.total));
    };
    xhr.onload = () => {
      let body = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch (_error) {
        body = null;
      }
      if (xhr.status === acceptedStatus && body && body[idField]) {
        request.current = null;
        setPercent(null);
        if (onUploaded) onUploaded(body[idField]);
      } else if (xhr.status === 401) {
        fail("Your session has expired. Reload the page, then upload again.");
      } else {
        const text = body && body.error && body.error.message;
        fail(text || `The upload failed (HTTP ${xhr.status}). Try again.`);
      }
    };
    xhr.onerror = () => fail("The upload was interrupted. Check your connection and try again.");
    xhr.onabort = () => fail("Upload cancelled.");
    const form = new FormData();
    form.append("file", file, file.name);
    setFileName(file.name);
    setPercent(0);
    if (onStarted) onStarted(file.name);
    xhr.send(form);
  };

  const busy = percent !== null;
  return (
    <div id={id} style={{ display: "flex", flexDirection: "column", gap: 6, width: "100%" }} {...rest}>
      <input
        ref={input}
        type="file"
        accept={accept}
        style={{ display: "none" }}
        data-testid={testIds.file}
        onChange={(event) => {
          const file = event.target.files && event.target.files[0];
          event.target.value = "";
          start(file);
        }}
      />
      <div style={{ display: "flex", alignItems: "center", gap: 8 }}>
        <button
          type="button"
          className={`rt-reset rt-BaseButton rt-r-size-${buttonSize} rt-variant-soft rt-Button`}
          disabled={disabled || busy}
          onClick={() => input.current && input.current.click()}
        >
          {busy ? "Uploading…" : label}
        </button>
        {busy && (
          <button
            type="button"
            className={`rt-reset rt-BaseButton rt-r-size-${buttonSize} rt-variant-ghost rt-Button`}
            onClick={() => request.current && request.current.abort()}
          >
            Cancel
          </button>
        )}
      </div>
      {busy && (
        <div role="status" aria-live="polite" style={{ fontSize: 13 }}>
          <div style={{ marginBottom: 4 }}>
            Uploading {fileName}… {percent}%
          </div>
          <div
            role="progressbar"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            data-testid={testIds.progress}
            style={{ height: 6, borderRadius: 3, background: "var(--gray-a4)", overflow: "hidden" }}
          >
            <div
              style={{
                width: `${percent}%`,
                height: "100%",
                background: "var(--accent-9)",
                transition: "width 0.2s",
              }}
            />
          </div>
        </div>
      )}
      {message && (
        <div role="alert" data-testid={testIds.error} style={{ color: "var(--red-11)", fontSize: 13 }}>
          {message}
        </div>
      )}
    </div>
  );
}


export function VideoUpload({ label = "Upload video", ...props }) {
  return (
    <LectureFileUpload
      endpoint="video"
      acceptedStatus={202}
      idField="video_id"
      accept="video/*,.mp4,.mov,.mkv,.webm,.avi"
      buttonSize={2}
      testIds={{ file: "video-file-input", progress: "upload-progress", error: "upload-error" }}
      label={label}
      {...props}
    />
  );
}

export function ResourceUpload({ label = "Add a file", accept = "", ...props }) {
  return (
    <LectureFileUpload
      endpoint="resources"
      acceptedStatus={201}
      idField="id"
      accept={accept}
      buttonSize={1}
      testIds={{
        file: "resource-file-input",
        progress: "resource-upload-progress",
        error: "resource-upload-error",
      }}
      label={label}
      {...props}
    />
  );
}
