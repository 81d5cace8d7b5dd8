import { useContext, useMemo, useState, createElement, useEffect } from "react"
import { applyDelta, ReflexEvent, hydrateClientStorage, useEventLoop, refs } from "$/utils/state"
import { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext, registerApp, eventLoop } from "$/utils/context-registry"
import { jsx } from "@emotion/react";

export { ColorModeContext, UploadFilesContext, DispatchContext, EventLoopContext, StateStoreContext };
export const initialState = {"reflex___state____state": {"course_id_rx_state_": "", "course_slug_rx_state_": "", "is_hydrated_rx_state_": false, "lecture_id_rx_state_": "", "order_id_rx_state_": "", "rx_router_headers_rx_state_": {"host": "", "origin": "", "upgrade": "", "connection": "", "pragma": "", "cache_control": "", "user_agent": "", "sec_websocket_version": "", "sec_websocket_key": "", "sec_websocket_extensions": "", "accept_encoding": "", "accept_language": "", "raw_headers": {}}, "rx_router_page_rx_state_": {"host": "", "path": "", "raw_path": "", "full_path": "", "full_raw_path": "", "params": {}}, "rx_router_route_id_rx_state_": "", "rx_router_session_rx_state_": {"client_token": "", "client_ip": "", "session_id": ""}, "rx_router_url_rx_state_": {"scheme": "", "netloc": "", "origin": "://", "path": "", "query": "", "query_parameters": {}, "fragment": "", "href": ""}, "slug_rx_state_": ""}, "reflex___state____state.reflex___istate___shared____shared_state_base_internal": {}, "reflex___state____state.reflex___state____frontend_event_exception_state": {}, "reflex___state____state.reflex___state____on_load_internal_state": {}, "reflex___state____state.reflex___state____update_vars_internal_state": {}, "reflex___state____state.udemy_clone___auth___admin_state____users_admin_state": {"deactivate_id_rx_state_": 0, "deactivate_name_rx_state_": "", "error_rx_state_": "", "loaded_rx_state_": false, "page_rx_state_": 1, "page_count_rx_state_": 1, "query_rx_state_": "", "total_rx_state_": 0, "users_rx_state_": []}, "reflex___state____state.udemy_clone___auth___state____account_state": {"bio_rx_state_": "", "full_name_rx_state_": "", "headline_rx_state_": "", "member_since_rx_state_": "", "password_error_rx_state_": "", "password_message_rx_state_": "", "profile_error_rx_state_": "", "profile_message_rx_state_": ""}, "reflex___state____state.udemy_clone___auth___state____login_state": {"error_rx_state_": "", "loading_rx_state_": false}, "reflex___state____state.udemy_clone___auth___state____register_state": {"default_role_rx_state_": "student", "error_rx_state_": "", "field_errors_rx_state_": {}}, "reflex___state____state.udemy_clone___catalog___admin_state____review_queue_state": {"busy_id_rx_state_": 0, "error_rx_state_": "", "loaded_rx_state_": false, "queue_rx_state_": [], "reject_error_rx_state_": "", "reject_id_rx_state_": 0, "reject_reason_rx_state_": "", "reject_title_rx_state_": "", "total_rx_state_": 0}, "reflex___state____state.udemy_clone___catalog___state____browse_state": {"active_filters_rx_state_": [], "category_rx_state_": "", "category_id_rx_state_": 0, "category_name_rx_state_": "", "category_options_rx_state_": [], "clear_href_rx_state_": "/courses", "free_rx_state_": false, "has_filters_rx_state_": false, "heading_rx_state_": "", "language_rx_state_": "", "language_options_rx_state_": [], "level_rx_state_": "", "level_options_rx_state_": [], "loaded_rx_state_": false, "max_price_rx_state_": "", "min_price_rx_state_": "", "min_rating_rx_state_": "", "next_href_rx_state_": "", "page_rx_state_": 1, "pages_rx_state_": [], "prev_href_rx_state_": "", "q_rx_state_": "", "rating_options_rx_state_": [], "results_rx_state_": [], "searching_rx_state_": false, "show_filters_rx_state_": false, "sort_rx_state_": "relevance", "total_rx_state_": 0}, "reflex___state____state.udemy_clone___catalog___state____course_page_state": {"course_rx_state_": {}, "course_id_rx_state_": 0, "first_preview_href_rx_state_": "", "found_rx_state_": false, "instructor_id_rx_state_": 0, "loaded_rx_state_": false, "offer_rx_state_": "buy", "sections_rx_state_": []}, "reflex___state____state.udemy_clone___catalog___state____home_state": {"categories_rx_state_": [], "error_rx_state_": "", "loaded_rx_state_": false, "rows_rx_state_": []}, "reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state": {"can_submit_rx_state_": false, "category_id_rx_state_": "", "category_options_rx_state_": [], "confirm_id_rx_state_": 0, "confirm_kind_rx_state_": "", "confirm_label_rx_state_": "", "currency_rx_state_": "USD", "curriculum_rx_state_": [], "curriculum_error_rx_state_": "", "description_rx_state_": "", "description_length_rx_state_": 0, "description_preview_rx_state_": [], "editing_key_rx_state_": "", "editor_course_id_rx_state_": 0, "ever_published_rx_state_": false, "field_errors_rx_state_": {}, "form_error_rx_state_": "", "is_free_rx_state_": false, "is_new_rx_state_": true, "language_rx_state_": "en", "lecture_count_rx_state_": 0, "lecture_keys_rx_state_": [], "level_rx_state_": "all", "load_error_rx_state_": "", "loaded_rx_state_": false, "price_rx_state_": "19.99", "rejection_reason_rx_state_": "", "saved_notice_rx_state_": "", "saved_title_rx_state_": "", "saving_rx_state_": false, "show_preview_rx_state_": false, "slug_rx_state_": "", "status_rx_state_": "", "status_label_rx_state_": "", "submit_blocker_rx_state_": "", "subtitle_rx_state_": "", "tab_rx_state_": "details", "tag_query_rx_state_": "", "tag_suggestions_rx_state_": [], "tags_rx_state_": [], "thumbnail_busy_rx_state_": false, "thumbnail_error_rx_state_": "", "thumbnail_url_rx_state_": "", "title_rx_state_": "", "workflow_busy_rx_state_": false, "workflow_error_rx_state_": ""}, "reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state": {"courses_rx_state_": [], "error_rx_state_": "", "loaded_rx_state_": false, "status_counts_rx_state_": {"all": 0, "draft": 0, "in_review": 0, "published": 0}, "status_filter_rx_state_": "all", "visible_courses_rx_state_": []}, "reflex___state____state.udemy_clone___media___pages____lecture_video_page_state": {"lecture_id_rx_state_": 0}, "reflex___state____state.udemy_clone___media___state____video_status_state": {"duration_by_lecture_rx_state_": {}, "error_by_lecture_rx_state_": {}, "progress_by_lecture_rx_state_": {}, "status_by_lecture_rx_state_": {}}, "reflex___state____state.udemy_clone___notifications___state____admin_emails_state": {"preview_open_rx_state_": false, "preview_subject_rx_state_": "", "preview_text_rx_state_": "", "rows_rx_state_": [], "total_rx_state_": 0}, "reflex___state____state.udemy_clone___notifications___state____follow_state": {"error_rx_state_": "", "followers_rx_state_": {}, "following_rx_state_": {}}, "reflex___state____state.udemy_clone___notifications___state____notification_bell_state": {"badge_rx_state_": "0", "latest_rx_state_": [], "unread_rx_state_": 0}, "reflex___state____state.udemy_clone___notifications___state____notifications_page_state": {"items_rx_state_": [], "page_rx_state_": 1, "pages_rx_state_": 1, "total_rx_state_": 0, "unread_only_rx_state_": false}, "reflex___state____state.udemy_clone___notifications___state____preferences_state": {"prefs_rx_state_": {}, "rows_rx_state_": [{"kind": "purchase", "label": "Receipts and refunds"}, {"kind": "new_course", "label": "New courses from what you follow"}, {"kind": "course_status", "label": "Course approved or rejected"}, {"kind": "video", "label": "Video processing finished or failed"}, {"kind": "sale", "label": "Someone bought your course"}, {"kind": "review", "label": "Reviews and replies"}], "saved_rx_state_": ""}, "reflex___state____state.udemy_clone___notifications___state____unsubscribe_state": {"error_rx_state_": "", "message_rx_state_": ""}, "reflex___state____state.udemy_clone___orders___state____admin_orders_state": {"error_rx_state_": "", "message_rx_state_": "", "orders_rx_state_": [], "status_filter_rx_state_": "all", "total_rx_state_": 0}, "reflex___state____state.udemy_clone___orders___state____cart_state": {"busy_rx_state_": false, "cancelled_rx_state_": false, "count_rx_state_": 0, "coupon_code_rx_state_": "", "coupon_description_rx_state_": "", "coupon_error_rx_state_": "", "coupon_input_rx_state_": "", "discount_rx_state_": "", "error_rx_state_": "", "has_discount_rx_state_": false, "items_rx_state_": [], "loaded_rx_state_": false, "mixed_currencies_rx_state_": false, "subtotal_rx_state_": "", "total_rx_state_": ""}, "reflex___state____state.udemy_clone___orders___state____checkout_success_state": {"error_rx_state_": "", "is_paid_rx_state_": false, "loaded_rx_state_": false, "order_rx_state_": {}}, "reflex___state____state.udemy_clone___orders___state____coupon_studio_state": {"coupons_rx_state_": [], "courses_rx_state_": [], "error_rx_state_": "", "kind_rx_state_": "percent", "message_rx_state_": ""}, "reflex___state____state.udemy_clone___orders___state____my_courses_state": {"courses_rx_state_": [], "loaded_rx_state_": false}, "reflex___state____state.udemy_clone___orders___state____order_history_state": {"error_rx_state_": "", "loaded_rx_state_": false, "message_rx_state_": "", "orders_rx_state_": []}, "reflex___state____state.udemy_clone___orders___state____receipt_state": {"buyer_email_rx_state_": "", "buyer_name_rx_state_": "", "error_rx_state_": "", "loaded_rx_state_": false, "order_rx_state_": {}}, "reflex___state____state.udemy_clone___orders___state____sandbox_payment_state": {"busy_rx_state_": false, "error_rx_state_": "", "loaded_rx_state_": false, "order_rx_state_": {}}, "reflex___state____state.udemy_clone___playback___state____player_state": {"blocked_rx_state_": "", "completed_ids_rx_state_": [], "course_id_rx_state_": 0, "course_page_rx_state_": "/courses/", "course_slug_rx_state_": "", "course_title_rx_state_": "", "lecture_id_rx_state_": 0, "lecture_title_rx_state_": "", "loaded_rx_state_": false, "login_href_rx_state_": "/login?next=/learn//0", "next_href_rx_state_": "", "next_lecture_id_rx_state_": 0, "not_found_rx_state_": false, "percent_rx_state_": 0, "playback_url_rx_state_": "", "previous_href_rx_state_": "", "previous_lecture_id_rx_state_": 0, "sections_rx_state_": [], "start_position_rx_state_": 0.0}, "reflex___state____state.udemy_clone___reviews___state____admin_reviews_state": {"error_rx_state_": "", "hide_error_rx_state_": "", "hide_open_rx_state_": false, "hide_review_id_rx_state_": 0, "items_rx_state_": [], "notice_rx_state_": "", "status_rx_state_": "reported", "total_rx_state_": 0}, "reflex___state____state.udemy_clone___reviews___state____course_reviews_page_state": {"course_href_rx_state_": "", "course_id_rx_state_": 0, "course_title_rx_state_": "", "found_rx_state_": true}, "reflex___state____state.udemy_clone___reviews___state____reviews_state": {"average_label_rx_state_": "0.0", "average_stars_rx_state_": "0%", "bars_rx_state_": [], "can_review_rx_state_": false, "count_label_rx_state_": "0 ratings", "course_id_rx_state_": 0, "dialog_open_rx_state_": false, "draft_comment_rx_state_": "", "draft_rating_rx_state_": 0, "draft_rating_label_rx_state_": "Select a rating", "error_rx_state_": "", "form_error_rx_state_": "", "has_mine_rx_state_": false, "is_course_instructor_rx_state_": false, "loaded_rx_state_": false, "mine_rx_state_": {"id": 0, "author": "", "initials": "", "rating": 0, "stars": "0%", "comment": "", "date": "", "progress_label": "", "helpful_count": 0, "voted_helpful": false, "is_mine": false, "edited": false, "has_reply": false, "reply_author": "", "reply_body": "", "reply_date": "", "hidden": false, "hidden_reason": ""}, "notice_rx_state_": "", "page_rx_state_": 1, "page_count_rx_state_": 1, "rating_count_rx_state_": 0, "reply_draft_rx_state_": "", "reply_error_rx_state_": "", "reply_open_rx_state_": false, "reply_review_id_rx_state_": 0, "report_error_rx_state_": "", "report_open_rx_state_": false, "report_review_id_rx_state_": 0, "reviews_rx_state_": [], "signed_in_rx_state_": false, "sort_rx_state_": "newest", "sort_label_rx_state_": "Newest", "star_filter_rx_state_": 0, "total_rx_state_": 0, "total_label_rx_state_": "0 reviews", "unavailable_rx_state_": false}, "reflex___state____state.udemy_clone___stats___state____admin_stats_state": {"backend_rx_state_": "", "daily_rx_state_": [], "days_rx_state_": "30", "error_rx_state_": "", "failures_rx_state_": [], "generated_rx_state_": "", "kpis_rx_state_": [], "loaded_rx_state_": false, "message_rx_state_": "", "queues_rx_state_": [], "top_courses_rx_state_": [], "top_instructors_rx_state_": []}, "reflex___state____state.udemy_clone___stats___state____instructor_analytics_state": {"course_id_rx_state_": 0, "course_title_rx_state_": "", "courses_rx_state_": [], "daily_rx_state_": [], "days_rx_state_": "30", "error_rx_state_": "", "generated_rx_state_": "", "has_activity_rx_state_": false, "has_watching_rx_state_": false, "kpis_rx_state_": [], "lectures_rx_state_": [], "loaded_rx_state_": false}, "reflex___state____state.udemy_clone___stats___state____top_selling_state": {"category_rx_state_": "", "loaded_rx_state_": false, "period_rx_state_": "7d", "rows_rx_state_": []}, "reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state": {"add_error_rx_state_": "", "add_parent_rx_state_": "top", "adding_rx_state_": false, "delete_error_rx_state_": "", "delete_id_rx_state_": 0, "delete_name_rx_state_": "", "editing_id_rx_state_": 0, "error_rx_state_": "", "loaded_rx_state_": false, "move_error_rx_state_": "", "move_id_rx_state_": 0, "move_name_rx_state_": "", "move_parent_rx_state_": "top", "parent_options_rx_state_": [], "rows_rx_state_": []}, "reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state": {"capped_rx_state_": false, "editing_id_rx_state_": 0, "error_rx_state_": "", "loaded_rx_state_": false, "merge_candidates_rx_state_": [], "merge_error_rx_state_": "", "merge_id_rx_state_": 0, "merge_name_rx_state_": "", "merge_query_rx_state_": "", "merge_target_id_rx_state_": 0, "merge_target_name_rx_state_": "", "query_rx_state_": "", "tags_rx_state_": []}, "reflex___state____state.udemy_clone___ui___layout____search_box_state": {}, "reflex___state____state.udemy_clone___ui___state____auth_state": {"access_token_rx_state_": "", "forbidden_rx_state_": false, "initials_rx_state_": "?", "is_admin_rx_state_": false, "is_authenticated_rx_state_": false, "is_instructor_rx_state_": false, "refresh_token_rx_state_": "", "roles_rx_state_": [], "session_checked_rx_state_": false, "user_email_rx_state_": "", "user_id_rx_state_": 0, "user_name_rx_state_": ""}}
export const initialStateHashes = ["163a4669469962fb", "4a88410b76f7da9c", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "bf21a9e8fbc5a384", "cca7c2cada517e99", "7be4e3bef3575850", "9f71abb3a1338fc9", "e8a439fc1fabc17a", "2c897bd4b87becb6", "5bc3e891ad4af0bc", "9b55a3a8231c295c", "6ee6399aab930dc8", "984f2cecd4976808", "063b8b82235a4df7", "84ea1a98d37a8b6f", "3723a9e8dabe6cf1", "c38efdf74c42c6fa", "0f00ff7af07fa391", "8151f60f2d49fa12", "1b2bd12ee36ea4d5", "1d1bf606ea80ea5d", "7d2618b4473f88ee", "64b3f3be253c242b", "47aae01432b786cb", "8344592104ddf487", "26d1fcd6822cd683", "80f7be47f1aa8473", "e42ae9f4d6d3ace6", "dada6ff87f169c15", "2ab47a5cdde33a90", "e63e79e4cf9aa09a", "7d6d0249f71f7634", "aad3a2e80665914f", "2fefea1dd2e61f0a", "4cc4507b5cf1da96", "07f90f5a9f3d2bf0", "4c7fe0f5807ec9a8", "9731d14d4d802e95", "e25b2ae7a352f564", "bf21a9e8fbc5a384", "1db1e359ac928148"]
export const stateSchema = "35ef71b76f1a13a8c338381b6be8d543"

export const defaultColorMode = "system"
export const clientStorage = {"cookies": {}, "local_storage": {"reflex___state____state.udemy_clone___ui___state____auth_state.access_token_rx_state_": {"name": "uc_access_token", "sync": true}, "reflex___state____state.udemy_clone___ui___state____auth_state.refresh_token_rx_state_": {"name": "uc_refresh_token", "sync": true}}, "session_storage": {}}


export const state_name = "reflex___state____state"

export const exception_state_name = "reflex___state____state.reflex___state____frontend_event_exception_state"

// Tracked cookie and local storage vars set in the browser, or undefined if none.
const clientStorageVars = () => {
    const client_storage_vars = hydrateClientStorage(clientStorage);
    if (client_storage_vars && Object.keys(client_storage_vars).length !== 0) {
        return client_storage_vars;
    }
    return undefined;
}

// These events are triggered on each client-side page navigation.
export const onLoadInternalEvent = () => {
    const internal_events = [];

    // Only send the client storage vars if any are actually set in the browser.
    const client_storage_vars = clientStorageVars();
    if (client_storage_vars !== undefined) {
        internal_events.push(
            ReflexEvent(
                'reflex___state____state.reflex___state____update_vars_internal_state.update_vars_internal',
                {vars: client_storage_vars},
            ),
        );
    }

    // `on_load_internal` triggers the correct on_load event(s) for the current page.
    // If the page does not define any on_load event, this will just set `is_hydrated = true`.
    internal_events.push(ReflexEvent('reflex___state____state.reflex___state____on_load_internal_state.on_load_internal'));

    return internal_events;
}

// The single event sent when the websocket connects or reconnects: it resets and
// applies client storage, sends the state, and queues the page's on_load events.
// On the first connect the frontend still holds the compiled defaults, so it
// sends their hashes and the backend only returns the vars that differ; any
// later (re)hydrate gets the full state.
export const initialEvents = (first = false) => {
    const client_storage_vars = clientStorageVars();
    const payload = {};
    if (client_storage_vars !== undefined) {
        payload["vars"] = client_storage_vars;
    }
    if (first) {
        payload["hashes"] = initialStateHashes;
    }
    return [ReflexEvent('reflex___state____state.hydrate_and_load', payload)];
}
    

export const isDevMode = false;

// The static runtime reads these through the registry, so this module is the
// only one Vite re-executes when they change.
registerApp({
  initialState,
  clientStorage,
  state_name,
  stateSchema,
  exception_state_name,
  onLoadInternalEvent,
  initialEvents,
  isDevMode,
  defaultColorMode,
});

export function addEvents(events, args, event_actions) {
  return eventLoop.addEvents(events, args, event_actions);
}

export function getConnectErrors() {
  return eventLoop.connectErrors;
}

export function UploadFilesProvider({ children }) {
  const [filesById, setFilesById] = useState({})
  refs["__clear_selected_files"] = (id) => setFilesById(filesById => {
    const newFilesById = {...filesById}
    delete newFilesById[id]
    return newFilesById
  })
  return createElement(
    UploadFilesContext.Provider,
    { value: [filesById, setFilesById] },
    children
  );
}

// ``displayName`` is what React DevTools shows for the wrapper; without it
// every client-only component in the tree renders as ``Anonymous``.
export function ClientSide(component, name) {
  function ClientSideComponent({ children, ...props }) {
    const [Component, setComponent] = useState(null);
    useEffect(() => {
      async function load() {
        const comp = await component();
        setComponent(() => comp);
      }
      load();
    }, []);
    return Component ? jsx(Component, props, children) : null;
  }
  ClientSideComponent.displayName = name ? `ClientSide(${name})` : "ClientSide";
  return ClientSideComponent;
}

export function EventLoopProvider({ children }) {
  const dispatch = useContext(DispatchContext)
  const [addEventsLocal, connectErrors] = useEventLoop(
    dispatch,
    initialEvents,
    clientStorage,
  )
  // Publish the dispatchers so JSX literals constructed outside the
  // React-tree path (e.g. ``ErrorBoundary.onError``) can call ``addEvents``.
  eventLoop.addEvents = addEventsLocal;
  eventLoop.connectErrors = connectErrors;
  return useMemo(
    () =>
      createElement(
        EventLoopContext.Provider,
        { value: [addEventsLocal, connectErrors] },
        children
      ),
    [addEventsLocal, connectErrors, children],
  );
}

// Dispatch updates happen outside render; useSyncExternalStore keeps reads
// consistent while notifying only consumers of the changed substate.
function createStateStore(initialState) {
  const state = {};
  const listeners = new Map();
  const dispatchers = {};
  const notify = (substateName) =>
    listeners.get(substateName)?.forEach((listener) => listener());
  // Hot reload passes the recompiled initial state: new substates are added,
  // and existing substates gain new fields at their defaults while keeping
  // their live values.
  const mergeInitialState = (nextInitialState) => {
    for (const [substateName, value] of Object.entries(nextInitialState)) {
      const liveState = state[substateName];
      if (liveState !== undefined) {
        if (Object.keys(value).some((key) => !Object.hasOwn(liveState, key))) {
          state[substateName] = { ...value, ...liveState };
          notify(substateName);
        }
        continue;
      }
      state[substateName] = value;
      dispatchers[substateName] = (delta) => {
        const currentState = state[substateName];
        const nextState = applyDelta(currentState, delta);
        if (nextState === currentState) return;
        state[substateName] = nextState;
        notify(substateName);
      };
      notify(substateName);
    }
  };
  mergeInitialState(initialState);

  return {
    dispatchers,
    mergeInitialState,
    getSnapshot: (substateName) => state[substateName],
    subscribe: (substateName, listener) => {
      let substateListeners = listeners.get(substateName);
      if (!substateListeners) {
        substateListeners = new Set();
        listeners.set(substateName, substateListeners);
      }
      substateListeners.add(listener);
      return () => substateListeners.delete(listener);
    },
  };
}

function StateStoreProviders({ children, store }) {
  return createElement(
    StateStoreContext,
    { value: store },
    createElement(DispatchContext, { value: store.dispatchers }, children),
  );
}

function ClientStateProvider({ children }) {
  const [store] = useState(() => createStateStore(initialState));
  useEffect(() => store.mergeInitialState(initialState), [store, initialState]);
  return createElement(StateStoreProviders, { children, store });
}

// The server renders once and never applies a delta, so it only reads the
// initial state.
const serverStateStore = {
  dispatchers: {},
  getSnapshot: (substateName) => initialState[substateName],
  subscribe: () => () => {},
};

function ServerStateProvider({ children }) {
  return createElement(StateStoreProviders, { children, store: serverStateStore });
}

export const StateProvider =
  typeof document === "undefined" ? ServerStateProvider : ClientStateProvider;