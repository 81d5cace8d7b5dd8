
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,pyOr,refs} from "$/utils/state"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {AlertDialog as RadixThemesAlertDialog,Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Callout as RadixThemesCallout,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,Heading as RadixThemesHeading,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,Progress as RadixThemesProgress,SegmentedControl as RadixThemesSegmentedControl,Select as RadixThemesSelect,Spinner as RadixThemesSpinner,Strong as RadixThemesStrong,Switch as RadixThemesSwitch,Tabs as RadixThemesTabs,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField,Tooltip as RadixThemesTooltip} from "@radix-ui/themes"
import {ClientSide,addEvents} from "$/utils/context"
import {useStateContext} from "$/utils/context-registry"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircleX from "lucide-react/dist/esm/icons/circle-x.mjs"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideImage from "lucide-react/dist/esm/icons/image.mjs"
import LucideTag from "lucide-react/dist/esm/icons/tag.mjs"
import LucideListVideo from "lucide-react/dist/esm/icons/list-video.mjs"
import LucideClock from "lucide-react/dist/esm/icons/clock.mjs"
import LucideUsers from "lucide-react/dist/esm/icons/users.mjs"
import LucideStar from "lucide-react/dist/esm/icons/star.mjs"
import LucideCalendar from "lucide-react/dist/esm/icons/calendar.mjs"
import LucideExternalLink from "lucide-react/dist/esm/icons/external-link.mjs"
import LucidePencil from "lucide-react/dist/esm/icons/pencil.mjs"
import LucideMessageSquareWarning from "lucide-react/dist/esm/icons/message-square-warning.mjs"
import LucideEye from "lucide-react/dist/esm/icons/eye.mjs"
import LucideUpload from "lucide-react/dist/esm/icons/upload.mjs"
import LucideX from "lucide-react/dist/esm/icons/x.mjs"
import LucidePlus from "lucide-react/dist/esm/icons/plus.mjs"
import LucideArrowUp from "lucide-react/dist/esm/icons/arrow-up.mjs"
import LucideArrowDown from "lucide-react/dist/esm/icons/arrow-down.mjs"
import LucideTrash2 from "lucide-react/dist/esm/icons/trash-2.mjs"
import LucideCirclePlay from "lucide-react/dist/esm/icons/circle-play.mjs"
import {jsx} from "@emotion/react"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {Link as ReactRouterLink} from "react-router"
import DebounceInput from "react-debounce-input"
import {} from "react-dropzone"
import {useDropzone} from "react-dropzone"

const VideoUpload = ClientSide(() => import('$/public/video_upload.jsx').then((mod) => mod.VideoUpload), "VideoUpload")






export const LectureVideo_4b39b2c6 = /*#__PURE__*/ (() => {
const LectureVideo_4b39b2c6 = memo(({lectureId:lectureIdRxMemo}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.track_lecture", ({ ["lecture_id"] : lectureIdRxMemo }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
    return(
        jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},jsx(VideoUpload,{label:"Upload video",lectureId:lectureIdRxMemo,maxBytes:4294967296,onError:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.upload_failed", ({ ["lecture_id"] : lectureIdRxMemo, ["message"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),onStarted:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.upload_started", ({ ["lecture_id"] : lectureIdRxMemo }), ({  })))], [_ev_0], ({  })))),onUploaded:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.uploaded", ({ ["lecture_id"] : lectureIdRxMemo, ["video_id"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),tokenKey:"uc_access_token"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack video-status",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(Fragment,{},(() => {
  switch (JSON.stringify((isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))] : ""))) {
    case JSON.stringify("processing"):
      return jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesSpinner,{size:"1"},),jsx(RadixThemesText,{as:"p",size:"1"},"Processing video\u2026 ",(JSON.stringify((isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))] : 0))),"%")),jsx(RadixThemesProgress,{css:({ ["width"] : "100%" }),max:100,size:"1",value:(isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))] : 0)},));
      break;
    case JSON.stringify("uploaded"):
      return jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},"Waiting to be processed\u2026");
      break;
    case JSON.stringify("ready"):
      return jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideCircleCheck,{css:({ ["color"] : "var(--green-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--green-11)" }),size:"1"},"Video ready \u00b7 ",(isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.duration_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.duration_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))] : "")));
      break;
    case JSON.stringify("failed"):
      return jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideCircleX,{css:({ ["color"] : "var(--red-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),size:"1"},"Processing failed."));
      break;
    default:
      return jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},"No video yet.");
      break;
  }
})()),jsx(Fragment,{},(!(((isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))] : "")?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--red-11)" }),role:"alert",size:"1"},(isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(lectureIdRxMemo))] : "")))):(jsx(Fragment,{},))))))
    )
});
LectureVideo_4b39b2c6.displayName = "LectureVideo";
return LectureVideo_4b39b2c6;
})();

export const Form_root_a02590c83a6eceaacbb70e0e487926b4_4b39b2c6 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_4b39b2c6 = memo(({children, ...rest}) => {
    
    const handleSubmit_ae2895155b0feff46710148dcda197ff = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___layout____search_box_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ae2895155b0feff46710148dcda197ff }))},children)
    )
});
Form_root_a02590c83a6eceaacbb70e0e487926b4_4b39b2c6.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_4b39b2c6;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_4b39b2c6.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_4b39b2c6;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_4b39b2c6 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_nav_cart = useRef(null); refs["ref_nav_cart"] = ref_nav_cart;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.refresh_count", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
const ref_cart_count = useRef(null); refs["ref_cart_count"] = ref_cart_count;
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ "aria-label":"Cart", asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"nav-cart", ref:ref_nav_cart }))},jsx(ReactRouterLink,{to:"/cart"},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "flex", ["padding"] : "4px" })},jsx(LucideShoppingCart,{css:({ ["color"] : "var(--gray-12)" }),size:22},),jsx(Fragment,{},((reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{css:({ ["position"] : "absolute", ["top"] : "-8px", ["right"] : "-10px" }),id:"cart-count",radius:"full",ref:ref_cart_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_))):(jsx(Fragment,{},)))))))
    )
});
Link_link_bc007e1d4013bba9d25a5892594eaf02_4b39b2c6.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_4b39b2c6;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_4b39b2c6.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_4b39b2c6;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_4b39b2c6 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_4b39b2c6 = memo(({children, ...rest}) => {
    
                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.connect", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const ref_notification_bell = useRef(null); refs["ref_notification_bell"] = ref_notification_bell;
const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
const ref_notification_count = useRef(null); refs["ref_notification_count"] = ref_notification_count;
    return(
        jsx(RadixThemesPopover.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesBox,{css:({ ["position"] : "relative", ["display"] : "inline-flex" })},jsx(RadixThemesIconButton,{"aria-label":"Notifications",color:"gray",css:({ ["padding"] : "6px" }),id:"notification-bell",ref:ref_notification_bell,size:"2",variant:"ghost"},jsx(LucideBell,{size:24},)),jsx(Fragment,{},((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",css:({ ["position"] : "absolute", ["top"] : "-4px", ["right"] : "-6px", ["pointerEvents"] : "none" }),id:"notification-count",radius:"full",ref:ref_notification_count,size:"1",variant:"solid"},reflex___state____state__udemy_clone___notifications___state____notification_bell_state.badge_rx_state_))):(jsx(Fragment,{},))))))
    )
});
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_4b39b2c6.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_4b39b2c6;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_4b39b2c6 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_4b39b2c6.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_4b39b2c6;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_4b39b2c6.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_4b39b2c6;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_4b39b2c6.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_4b39b2c6;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_4b39b2c6.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_4b39b2c6;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_4b39b2c6 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_4b39b2c6.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_4b39b2c6;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_4b39b2c6.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_4b39b2c6 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_4b39b2c6 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_4b39b2c6 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_4b39b2c6 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4b39b2c6 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_4b39b2c6;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_4b39b2c6.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_4b39b2c6;
})();

export const Bare_comp_2c06dbc01de0369fd8382cb5c8d2aa06_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_2c06dbc01de0369fd8382cb5c8d2aa06_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.error_rx_state_
    )
});
Bare_comp_2c06dbc01de0369fd8382cb5c8d2aa06_4b39b2c6.displayName = "Bare";
return Bare_comp_2c06dbc01de0369fd8382cb5c8d2aa06_4b39b2c6;
})();

export const Cond_comp_f549d5d8824e7ecccfb08526c326b274_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f549d5d8824e7ecccfb08526c326b274_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f549d5d8824e7ecccfb08526c326b274_4b39b2c6.displayName = "Cond";
return Cond_comp_f549d5d8824e7ecccfb08526c326b274_4b39b2c6;
})();

export const Bare_comp_c3964f8d9d0a81ec5aad2b8b62d35ccb_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_c3964f8d9d0a81ec5aad2b8b62d35ccb_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.status_counts_rx_state_?.["all"]
    )
});
Bare_comp_c3964f8d9d0a81ec5aad2b8b62d35ccb_4b39b2c6.displayName = "Bare";
return Bare_comp_c3964f8d9d0a81ec5aad2b8b62d35ccb_4b39b2c6;
})();

export const Bare_comp_4cbc1977b2428fa5a77f880496b63760_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_4cbc1977b2428fa5a77f880496b63760_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.status_counts_rx_state_?.["draft"]
    )
});
Bare_comp_4cbc1977b2428fa5a77f880496b63760_4b39b2c6.displayName = "Bare";
return Bare_comp_4cbc1977b2428fa5a77f880496b63760_4b39b2c6;
})();

export const Bare_comp_51560c161885a34837c4a35da3f27062_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_51560c161885a34837c4a35da3f27062_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.status_counts_rx_state_?.["in_review"]
    )
});
Bare_comp_51560c161885a34837c4a35da3f27062_4b39b2c6.displayName = "Bare";
return Bare_comp_51560c161885a34837c4a35da3f27062_4b39b2c6;
})();

export const Bare_comp_cd307f2d2ed98aa1d693e2827ce75d1f_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_cd307f2d2ed98aa1d693e2827ce75d1f_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.status_counts_rx_state_?.["published"]
    )
});
Bare_comp_cd307f2d2ed98aa1d693e2827ce75d1f_4b39b2c6.displayName = "Bare";
return Bare_comp_cd307f2d2ed98aa1d693e2827ce75d1f_4b39b2c6;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_f08e8609fb1120b5daf7dfba21b0af67_4b39b2c6 = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_f08e8609fb1120b5daf7dfba21b0af67_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_2574b15c814be033845d8408a46062f8 = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state.set_status_filter", ({ ["value"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["all", "draft", "in_review", "published"].length, ["--rx-sc-idx"] : (["all", "draft", "in_review", "published"].indexOf(reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.status_filter_rx_state_)) }), onValueChange:on_change_2574b15c814be033845d8408a46062f8, size:"2", value:reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.status_filter_rx_state_ }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_f08e8609fb1120b5daf7dfba21b0af67_4b39b2c6.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_f08e8609fb1120b5daf7dfba21b0af67_4b39b2c6;
})();

export const Foreach_comp_a5690904251f5cba913f672ad0653b29_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_a5690904251f5cba913f672ad0653b29_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.visible_courses_rx_state_ ?? [],((course_rx_state_,index_156e98dfb0b78f1e3a8106b53aed0303)=>(jsx(RadixThemesBox,{className:"studio-course",css:({ ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["padding"] : "1rem", ["width"] : "100%" }),key:index_156e98dfb0b78f1e3a8106b53aed0303},jsx(RadixThemesFlex,{align:({ ["initial"] : "start", ["sm"] : "center" }),css:({ ["gap"] : "1rem" }),direction:({ ["initial"] : "column", ["sm"] : "row" })},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/studio/course/"+course_rx_state_?.["id"])},jsx(RadixThemesBox,{css:({ ["width"] : "176px", ["minWidth"] : "176px", ["aspectRatio"] : "16 / 9", ["borderRadius"] : "8px", ["overflow"] : "hidden", ["border"] : "1px solid var(--gray-a4)" })},jsx(Fragment,{},(!((course_rx_state_?.["thumbnail_url"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx("img",{alt:"",css:({ ["width"] : "100%", ["height"] : "100%", ["objectFit"] : "cover" }),src:course_rx_state_?.["thumbnail_url"]},))):(jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "100%", ["height"] : "100%", ["background"] : "linear-gradient(135deg, var(--gray-3), var(--violet-3))" })},jsx(LucideImage,{css:({ ["color"] : "var(--gray-9)" }),size:28},))))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1", ["minWidth"] : "0" }),direction:"column",gap:"2"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3",wrap:"wrap"},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),underline:"hover"},jsx(ReactRouterLink,{to:("/studio/course/"+course_rx_state_?.["id"])},jsx(RadixThemesHeading,{size:"4",weight:"bold"},course_rx_state_?.["title"]))),jsx(Fragment,{},(() => {
  switch (JSON.stringify(course_rx_state_?.["status"])) {
    case JSON.stringify("in_review"):
      return jsx(RadixThemesBadge,{color:"amber",size:"2",variant:"soft"},"In review");
      break;
    case JSON.stringify("published"):
      return jsx(RadixThemesBadge,{color:"green",size:"2",variant:"soft"},"Published");
      break;
    default:
      return jsx(Fragment,{},(!((course_rx_state_?.["rejection_reason"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",size:"2",variant:"soft"},"Rejected"))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"gray",size:"2",variant:"soft"},"Draft")))));
      break;
  }
})())),jsx(Fragment,{},(!((course_rx_state_?.["subtitle"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2",trim:"both"},course_rx_state_?.["subtitle"]))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{css:({ ["gap"] : "1rem" }),wrap:"wrap"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideTag,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["price"])),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideListVideo,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},(course_rx_state_?.["lecture_count"]+" lectures"))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideClock,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["duration"])),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideUsers,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},(course_rx_state_?.["students"]+" students"))),jsx(Fragment,{},(!((course_rx_state_?.["rating"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideStar,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["rating"])))):(jsx(Fragment,{},)))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(LucideCalendar,{css:({ ["color"] : "var(--gray-10)" }),size:14},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},("Updated "+course_rx_state_?.["updated"]))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},((course_rx_state_?.["status"]?.valueOf?.() === "published"?.valueOf?.())?(jsx(Fragment,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/course/"+course_rx_state_?.["slug"])},jsx(RadixThemesButton,{variant:"ghost"},jsx(LucideExternalLink,{size:14},),"View"))))):(jsx(Fragment,{},)))),jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/studio/course/"+course_rx_state_?.["id"])},jsx(RadixThemesButton,{variant:"soft"},jsx(LucidePencil,{size:14},),"Edit"))))),jsx(Fragment,{},(!((course_rx_state_?.["rejection_reason"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx(RadixThemesCallout.Root,{className:"rejection-reason",color:"red",css:({ ["marginTop"] : "1rem" }),size:"1"},jsx(RadixThemesCallout.Icon,{},jsx(LucideMessageSquareWarning,{},)),jsx(RadixThemesCallout.Text,{},jsx(RadixThemesStrong,{},"Changes requested by the review team: "),course_rx_state_?.["rejection_reason"])))):(jsx(Fragment,{},))))))))
    )
});
Foreach_comp_a5690904251f5cba913f672ad0653b29_4b39b2c6.displayName = "Foreach";
return Foreach_comp_a5690904251f5cba913f672ad0653b29_4b39b2c6;
})();

export const Cond_comp_b032dffc2ae010e3a6088fcb9ffe9f3b_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_b032dffc2ae010e3a6088fcb9ffe9f3b_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.visible_courses_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b032dffc2ae010e3a6088fcb9ffe9f3b_4b39b2c6.displayName = "Cond";
return Cond_comp_b032dffc2ae010e3a6088fcb9ffe9f3b_4b39b2c6;
})();

export const Cond_comp_a77d8d108960fb8fe88a45a390c7e517_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_a77d8d108960fb8fe88a45a390c7e517_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.courses_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a77d8d108960fb8fe88a45a390c7e517_4b39b2c6.displayName = "Cond";
return Cond_comp_a77d8d108960fb8fe88a45a390c7e517_4b39b2c6;
})();

export const Cond_comp_3dc70827c6c055ac046d2dacbdc07f07_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_3dc70827c6c055ac046d2dacbdc07f07_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____studio_list_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____studio_list_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3dc70827c6c055ac046d2dacbdc07f07_4b39b2c6.displayName = "Cond";
return Cond_comp_3dc70827c6c055ac046d2dacbdc07f07_4b39b2c6;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_4b39b2c6.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_4b39b2c6;
})();

export const Bare_comp_dc91fdf63083547b09ae37f66073ed82_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_dc91fdf63083547b09ae37f66073ed82_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.load_error_rx_state_
    )
});
Bare_comp_dc91fdf63083547b09ae37f66073ed82_4b39b2c6.displayName = "Bare";
return Bare_comp_dc91fdf63083547b09ae37f66073ed82_4b39b2c6;
})();

export const Bare_comp_011f602f9341f98df041654ba26d0d7d_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_011f602f9341f98df041654ba26d0d7d_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_new_rx_state_ ? "New course" : reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.saved_title_rx_state_)
    )
});
Bare_comp_011f602f9341f98df041654ba26d0d7d_4b39b2c6.displayName = "Bare";
return Bare_comp_011f602f9341f98df041654ba26d0d7d_4b39b2c6;
})();

export const Cond_comp_57130a0fe75380aef811206d270bebb6_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_57130a0fe75380aef811206d270bebb6_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.rejection_reason_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_57130a0fe75380aef811206d270bebb6_4b39b2c6.displayName = "Cond";
return Cond_comp_57130a0fe75380aef811206d270bebb6_4b39b2c6;
})();

export const Match_comp_dc3edf0e1a5ddb1645ff8428ca8b91d0_4b39b2c6 = /*#__PURE__*/ (() => {
const Match_comp_dc3edf0e1a5ddb1645ff8428ca8b91d0_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_)) {
    case JSON.stringify("in_review"):
      return children?.at?.(0);
      break;
    case JSON.stringify("published"):
      return children?.at?.(1);
      break;
    default:
      return children?.at?.(2);
      break;
  }
})()
    )
});
Match_comp_dc3edf0e1a5ddb1645ff8428ca8b91d0_4b39b2c6.displayName = "Match";
return Match_comp_dc3edf0e1a5ddb1645ff8428ca8b91d0_4b39b2c6;
})();

export const Cond_comp_f95bb1fb733157dc9b0c90a0afb1b69f_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f95bb1fb733157dc9b0c90a0afb1b69f_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_new_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f95bb1fb733157dc9b0c90a0afb1b69f_4b39b2c6.displayName = "Cond";
return Cond_comp_f95bb1fb733157dc9b0c90a0afb1b69f_4b39b2c6;
})();

export const Link_link_a8fb2f7f0768f2d74d097d3620cd555d_4b39b2c6 = /*#__PURE__*/ (() => {
const Link_link_a8fb2f7f0768f2d74d097d3620cd555d_4b39b2c6 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{target:(true ? "_blank" : ""),to:("/course/"+reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.slug_rx_state_)},jsx(RadixThemesButton,{variant:"ghost"},jsx(LucideEye,{size:15},),"Preview")))
    )
});
Link_link_a8fb2f7f0768f2d74d097d3620cd555d_4b39b2c6.displayName = "Link";
return Link_link_a8fb2f7f0768f2d74d097d3620cd555d_4b39b2c6;
})();

export const Cond_comp_cdc115045fdd86bf77e59c04b95c87bd_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_cdc115045fdd86bf77e59c04b95c87bd_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.slug_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cdc115045fdd86bf77e59c04b95c87bd_4b39b2c6.displayName = "Cond";
return Cond_comp_cdc115045fdd86bf77e59c04b95c87bd_4b39b2c6;
})();

export const Button_button_7463fdbe05a35c0842d738b1ebf23379_4b39b2c6 = /*#__PURE__*/ (() => {
const Button_button_7463fdbe05a35c0842d738b1ebf23379_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_submit_review = useRef(null); refs["ref_submit_review"] = ref_submit_review;
const on_click_575bc3ab4c0c5f6fb7f5d97b361f87ef = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.submit_for_review", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(pyOr(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.can_submit_rx_state_, () => (pyAnd((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "draft"?.valueOf?.()), () => (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.lecture_keys_rx_state_.map(((udaxihhe) => reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[udaxihhe])).includes("ready")))))), id:"submit-review", loading:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.workflow_busy_rx_state_, onClick:on_click_575bc3ab4c0c5f6fb7f5d97b361f87ef, ref:ref_submit_review }))},children)
    )
});
Button_button_7463fdbe05a35c0842d738b1ebf23379_4b39b2c6.displayName = "Button";
return Button_button_7463fdbe05a35c0842d738b1ebf23379_4b39b2c6;
})();

export const Button_button_38fe4ab9ab77b4f9bf6c1cfd04f7fd32_4b39b2c6 = /*#__PURE__*/ (() => {
const Button_button_38fe4ab9ab77b4f9bf6c1cfd04f7fd32_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_unpublish_course = useRef(null); refs["ref_unpublish_course"] = ref_unpublish_course;
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
const on_click_fb73bffd430043fdca3290d0fba2c431 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.ask_confirm", ({ ["kind"] : "unpublish", ["item_id"] : reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.editor_course_id_rx_state_, ["label"] : reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.saved_title_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state, reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"amber", id:"unpublish-course", loading:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.workflow_busy_rx_state_, onClick:on_click_fb73bffd430043fdca3290d0fba2c431, ref:ref_unpublish_course, variant:"soft" }))},children)
    )
});
Button_button_38fe4ab9ab77b4f9bf6c1cfd04f7fd32_4b39b2c6.displayName = "Button";
return Button_button_38fe4ab9ab77b4f9bf6c1cfd04f7fd32_4b39b2c6;
})();

export const Match_comp_976d4ffc594d7ea2d7cd1b54066e2579_4b39b2c6 = /*#__PURE__*/ (() => {
const Match_comp_976d4ffc594d7ea2d7cd1b54066e2579_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (() => {
  switch (JSON.stringify(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_)) {
    case JSON.stringify("draft"):
      return children?.at?.(0);
      break;
    case JSON.stringify("published"):
      return children?.at?.(1);
      break;
    default:
      return children?.at?.(2);
      break;
  }
})()
    )
});
Match_comp_976d4ffc594d7ea2d7cd1b54066e2579_4b39b2c6.displayName = "Match";
return Match_comp_976d4ffc594d7ea2d7cd1b54066e2579_4b39b2c6;
})();

export const Dropdownmenuitem_dropdownmenu__item_7bffe64225d99e7eb95a0bbb76b38262_4b39b2c6 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_7bffe64225d99e7eb95a0bbb76b38262_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_delete_course = useRef(null); refs["ref_delete_course"] = ref_delete_course;
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
const on_click_df07c72a0b5df0b40d236075aa33c506 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.ask_confirm", ({ ["kind"] : "course", ["item_id"] : reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.editor_course_id_rx_state_, ["label"] : reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.saved_title_rx_state_ }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state, reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"delete-course", onClick:on_click_df07c72a0b5df0b40d236075aa33c506, ref:ref_delete_course }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_7bffe64225d99e7eb95a0bbb76b38262_4b39b2c6.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_7bffe64225d99e7eb95a0bbb76b38262_4b39b2c6;
})();

export const Cond_comp_dd987ccde9ac2d6919efa1e41bd8badd_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_dd987ccde9ac2d6919efa1e41bd8badd_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "published"?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dd987ccde9ac2d6919efa1e41bd8badd_4b39b2c6.displayName = "Cond";
return Cond_comp_dd987ccde9ac2d6919efa1e41bd8badd_4b39b2c6;
})();

export const Bare_comp_fa7156ef72207ae059affe313141c8dd_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_fa7156ef72207ae059affe313141c8dd_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.rejection_reason_rx_state_
    )
});
Bare_comp_fa7156ef72207ae059affe313141c8dd_4b39b2c6.displayName = "Bare";
return Bare_comp_fa7156ef72207ae059affe313141c8dd_4b39b2c6;
})();

export const Bare_comp_e296ae1ba6ce723093da7f26124e5c85_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_e296ae1ba6ce723093da7f26124e5c85_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.submit_blocker_rx_state_
    )
});
Bare_comp_e296ae1ba6ce723093da7f26124e5c85_4b39b2c6.displayName = "Bare";
return Bare_comp_e296ae1ba6ce723093da7f26124e5c85_4b39b2c6;
})();

export const Cond_comp_226c1fabeffcbc282229d2b6e666e5b7_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_226c1fabeffcbc282229d2b6e666e5b7_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
    return(
        (pyAnd(pyAnd((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "draft"?.valueOf?.()), () => (!(pyOr(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.can_submit_rx_state_, () => (pyAnd((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "draft"?.valueOf?.()), () => (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.lecture_keys_rx_state_.map(((xdvxrcsn) => reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[xdvxrcsn])).includes("ready")))))))), () => (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.submit_blocker_rx_state_?.valueOf?.() === ""?.valueOf?.()))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_226c1fabeffcbc282229d2b6e666e5b7_4b39b2c6.displayName = "Cond";
return Cond_comp_226c1fabeffcbc282229d2b6e666e5b7_4b39b2c6;
})();

export const Bare_comp_7f89a310cdc669996cd7798339351ad6_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_7f89a310cdc669996cd7798339351ad6_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.workflow_error_rx_state_
    )
});
Bare_comp_7f89a310cdc669996cd7798339351ad6_4b39b2c6.displayName = "Bare";
return Bare_comp_7f89a310cdc669996cd7798339351ad6_4b39b2c6;
})();

export const Cond_comp_ee64fbf326d234cf331cf9881846d4b6_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_ee64fbf326d234cf331cf9881846d4b6_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.workflow_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ee64fbf326d234cf331cf9881846d4b6_4b39b2c6.displayName = "Cond";
return Cond_comp_ee64fbf326d234cf331cf9881846d4b6_4b39b2c6;
})();

export const Debounceinput_debounceinput_9ad75ec1450abd13da7ff19b2ff2def0_4b39b2c6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_9ad75ec1450abd13da7ff19b2ff2def0_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_course_title = useRef(null); refs["ref_course_title"] = ref_course_title;
const on_change_f6b63d177365b2775232b04cdc580e1e = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_title", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"course-title", inputRef:ref_course_title, maxLength:120, onChange:on_change_f6b63d177365b2775232b04cdc580e1e, placeholder:"e.g. Practical Python for data analysis", size:"3", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.title_rx_state_) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.title_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_9ad75ec1450abd13da7ff19b2ff2def0_4b39b2c6.displayName = "DebounceInput";
return Debounceinput_debounceinput_9ad75ec1450abd13da7ff19b2ff2def0_4b39b2c6;
})();

export const Bare_comp_91e546c9fe16f0d79b095b6f1ebe1345_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_91e546c9fe16f0d79b095b6f1ebe1345_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["title"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["title"] : "")
    )
});
Bare_comp_91e546c9fe16f0d79b095b6f1ebe1345_4b39b2c6.displayName = "Bare";
return Bare_comp_91e546c9fe16f0d79b095b6f1ebe1345_4b39b2c6;
})();

export const Cond_comp_455da871e8089a6d20e10ef673e67d90_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_455da871e8089a6d20e10ef673e67d90_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["title"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["title"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_455da871e8089a6d20e10ef673e67d90_4b39b2c6.displayName = "Cond";
return Cond_comp_455da871e8089a6d20e10ef673e67d90_4b39b2c6;
})();

export const Debounceinput_debounceinput_f1435a67a50cecc8ccc402a06781470e_4b39b2c6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_f1435a67a50cecc8ccc402a06781470e_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_course_subtitle = useRef(null); refs["ref_course_subtitle"] = ref_course_subtitle;
const on_change_787a7dd50f77cc53f6fabe83c37ff716 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_subtitle", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"course-subtitle", inputRef:ref_course_subtitle, maxLength:200, onChange:on_change_787a7dd50f77cc53f6fabe83c37ff716, placeholder:"One sentence that sells the course", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.subtitle_rx_state_) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.subtitle_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_f1435a67a50cecc8ccc402a06781470e_4b39b2c6.displayName = "DebounceInput";
return Debounceinput_debounceinput_f1435a67a50cecc8ccc402a06781470e_4b39b2c6;
})();

export const Bare_comp_4ba545582ddc0307f80f60e5e31c38c5_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_4ba545582ddc0307f80f60e5e31c38c5_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["subtitle"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["subtitle"] : "")
    )
});
Bare_comp_4ba545582ddc0307f80f60e5e31c38c5_4b39b2c6.displayName = "Bare";
return Bare_comp_4ba545582ddc0307f80f60e5e31c38c5_4b39b2c6;
})();

export const Cond_comp_d5c47ce362f9044400ea7d5a2a98b104_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_d5c47ce362f9044400ea7d5a2a98b104_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["subtitle"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["subtitle"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d5c47ce362f9044400ea7d5a2a98b104_4b39b2c6.displayName = "Cond";
return Cond_comp_d5c47ce362f9044400ea7d5a2a98b104_4b39b2c6;
})();

export const Segmentedcontrolroot_segmentedcontrol__root_68262af632ef89130fcc4b60711b3e8a_4b39b2c6 = /*#__PURE__*/ (() => {
const Segmentedcontrolroot_segmentedcontrol__root_68262af632ef89130fcc4b60711b3e8a_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_59e896025c3c2f7dca2e86057758804f = useCallback(((_value) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_show_preview", ({ ["value"] : _value }), ({  })))], [_value], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesSegmentedControl.Root,{...mergeSlotProps(rest, ({ css:({ ["& .rt-SegmentedControlIndicator"] : ({ ["width"] : "calc(100% / var(--rx-sc-count))", ["transform"] : "translateX(calc(var(--rx-sc-idx) * 100%))" }), ["--rx-sc-count"] : ["write", "preview"].length, ["--rx-sc-idx"] : (["write", "preview"].indexOf((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.show_preview_rx_state_ ? "preview" : "write"))) }), onValueChange:on_change_59e896025c3c2f7dca2e86057758804f, size:"1", value:(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.show_preview_rx_state_ ? "preview" : "write") }))},children)
    )
});
Segmentedcontrolroot_segmentedcontrol__root_68262af632ef89130fcc4b60711b3e8a_4b39b2c6.displayName = "SegmentedControlRoot";
return Segmentedcontrolroot_segmentedcontrol__root_68262af632ef89130fcc4b60711b3e8a_4b39b2c6;
})();

export const Foreach_comp_fbb4208a2b1234a214f4989015bf0213_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_fbb4208a2b1234a214f4989015bf0213_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.description_preview_rx_state_ ?? [],((item_rx_state_,index_d19fdadc6c7ac3d77799280540ef9f86)=>(jsx(Fragment,{key:index_d19fdadc6c7ac3d77799280540ef9f86},(() => {
  switch (JSON.stringify(item_rx_state_?.["kind"])) {
    case JSON.stringify("heading"):
      return jsx(RadixThemesHeading,{css:({ ["marginTop"] : "0.5rem" }),size:"4"},Array.prototype.map.call(item_rx_state_?.["spans"] ?? [],((item_rx_state_,index_d3b4cc2e40376e756e5cea13e43e5678)=>(jsx(Fragment,{key:index_d3b4cc2e40376e756e5cea13e43e5678},(item_rx_state_?.["bold"]?(jsx(Fragment,{},jsx(RadixThemesStrong,{},item_rx_state_?.["text"]))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"span"},item_rx_state_?.["text"])))))))));
      break;
    case JSON.stringify("bullet"):
      return jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" })},"\u2022"),jsx(RadixThemesText,{as:"p"},Array.prototype.map.call(item_rx_state_?.["spans"] ?? [],((item_rx_state_,index_d3b4cc2e40376e756e5cea13e43e5678)=>(jsx(Fragment,{key:index_d3b4cc2e40376e756e5cea13e43e5678},(item_rx_state_?.["bold"]?(jsx(Fragment,{},jsx(RadixThemesStrong,{},item_rx_state_?.["text"]))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"span"},item_rx_state_?.["text"]))))))))));
      break;
    default:
      return jsx(RadixThemesText,{as:"p",css:({ ["lineHeight"] : "1.6" }),size:"3"},Array.prototype.map.call(item_rx_state_?.["spans"] ?? [],((item_rx_state_,index_d3b4cc2e40376e756e5cea13e43e5678)=>(jsx(Fragment,{key:index_d3b4cc2e40376e756e5cea13e43e5678},(item_rx_state_?.["bold"]?(jsx(Fragment,{},jsx(RadixThemesStrong,{},item_rx_state_?.["text"]))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"span"},item_rx_state_?.["text"])))))))));
      break;
  }
})()))))
    )
});
Foreach_comp_fbb4208a2b1234a214f4989015bf0213_4b39b2c6.displayName = "Foreach";
return Foreach_comp_fbb4208a2b1234a214f4989015bf0213_4b39b2c6;
})();

export const Cond_comp_7c0f0df9a8e97d0357230c605aeb51c4_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_7c0f0df9a8e97d0357230c605aeb51c4_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.description_preview_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7c0f0df9a8e97d0357230c605aeb51c4_4b39b2c6.displayName = "Cond";
return Cond_comp_7c0f0df9a8e97d0357230c605aeb51c4_4b39b2c6;
})();

export const Debounceinput_debounceinput_59b68ca3a21ef4b2c8a1bd9b7d502a47_4b39b2c6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_59b68ca3a21ef4b2c8a1bd9b7d502a47_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_course_description = useRef(null); refs["ref_course_description"] = ref_course_description;
const on_change_f302e3fd08dc77f3a95495d95137a272 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_description", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextArea, id:"course-description", inputRef:ref_course_description, maxLength:20000, onChange:on_change_f302e3fd08dc77f3a95495d95137a272, placeholder:"What will students learn? Who is the course for?", resize:"vertical", rows:"10", value:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.description_rx_state_ }), "inputRef")},)
    )
});
Debounceinput_debounceinput_59b68ca3a21ef4b2c8a1bd9b7d502a47_4b39b2c6.displayName = "DebounceInput";
return Debounceinput_debounceinput_59b68ca3a21ef4b2c8a1bd9b7d502a47_4b39b2c6;
})();

export const Cond_comp_f4b4b655f67e6f3704dfad2cd2b13dc3_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f4b4b655f67e6f3704dfad2cd2b13dc3_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.show_preview_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f4b4b655f67e6f3704dfad2cd2b13dc3_4b39b2c6.displayName = "Cond";
return Cond_comp_f4b4b655f67e6f3704dfad2cd2b13dc3_4b39b2c6;
})();

export const Bare_comp_2dab0e7c3a213ef74d6d4ac365ceb8ef_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_2dab0e7c3a213ef74d6d4ac365ceb8ef_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["description"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["description"] : "")
    )
});
Bare_comp_2dab0e7c3a213ef74d6d4ac365ceb8ef_4b39b2c6.displayName = "Bare";
return Bare_comp_2dab0e7c3a213ef74d6d4ac365ceb8ef_4b39b2c6;
})();

export const Cond_comp_f3885967308ecb38b9ab02d7f90668bb_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f3885967308ecb38b9ab02d7f90668bb_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["description"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["description"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f3885967308ecb38b9ab02d7f90668bb_4b39b2c6.displayName = "Cond";
return Cond_comp_f3885967308ecb38b9ab02d7f90668bb_4b39b2c6;
})();

export const Bare_comp_2d66a73a7c222795fd8e2fdc5ae02d93_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_2d66a73a7c222795fd8e2fdc5ae02d93_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.description_length_rx_state_
    )
});
Bare_comp_2d66a73a7c222795fd8e2fdc5ae02d93_4b39b2c6.displayName = "Bare";
return Bare_comp_2d66a73a7c222795fd8e2fdc5ae02d93_4b39b2c6;
})();

export const Img_img_8cb4078cd37af114b1bad2f224e73d28_4b39b2c6 = /*#__PURE__*/ (() => {
const Img_img_8cb4078cd37af114b1bad2f224e73d28_4b39b2c6 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx("img",{...mergeSlotProps(rest, ({ alt:"", css:({ ["width"] : "100%", ["height"] : "100%", ["objectFit"] : "cover" }), src:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_url_rx_state_ }))},)
    )
});
Img_img_8cb4078cd37af114b1bad2f224e73d28_4b39b2c6.displayName = "Img";
return Img_img_8cb4078cd37af114b1bad2f224e73d28_4b39b2c6;
})();

export const Cond_comp_524a43c0ca33383159b9dbfd2317b0dd_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_524a43c0ca33383159b9dbfd2317b0dd_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_url_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_524a43c0ca33383159b9dbfd2317b0dd_4b39b2c6.displayName = "Cond";
return Cond_comp_524a43c0ca33383159b9dbfd2317b0dd_4b39b2c6;
})();

export const Upload_comp_3a91f30a59778c97305b08c4ef9c0955_4b39b2c6 = /*#__PURE__*/ (() => {
const Upload_comp_3a91f30a59778c97305b08c4ef9c0955_4b39b2c6 = memo(({children}) => {
    const ref_course_thumbnail = useRef(null); refs["ref_course_thumbnail"] = ref_course_thumbnail;
const on_drop_a4c8aef792748caad230bfd3390762bb = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.upload_thumbnail", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "course-thumbnail", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.thumbnail_rejected", ({ ["rejections"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: rgwuwrnh, getInputProps: bacghqta, isDragActive: osizayzf} = useDropzone(({ ["accept"] : ({ ["image/jpeg"] : [".jpg", ".jpeg"], ["image/png"] : [".png"], ["image/webp"] : [".webp"], ["image/gif"] : [".gif"], ["image/bmp"] : [".bmp"] }), ["maxFiles"] : 1, ["maxSize"] : 5242880, ["multiple"] : false, ["onDrop"] : on_drop_a4c8aef792748caad230bfd3390762bb, ["onDropRejected"] : on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654, ["id"] : "course-thumbnail" }));
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["width"] : "100%" }),id:"course-thumbnail",ref:ref_course_thumbnail,...rgwuwrnh()},jsx("input",{type:"file",...bacghqta()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["padding"] : "1rem", ["width"] : "100%", ["border"] : "1px dashed var(--gray-a7)", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),direction:"column",gap:"1"},jsx(Fragment,{},(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_busy_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesSpinner,{size:"2"},),jsx(RadixThemesText,{as:"p",size:"2"},"Uploading\u2026")))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideUpload,{size:16},),jsx(RadixThemesText,{as:"p",size:"2"},"Drop an image here or ",jsx(RadixThemesStrong,{},"choose a file"))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"JPEG, PNG or WebP, up to 5 MB; 750\u00d7422 or larger looks best."))))
    )
});
Upload_comp_3a91f30a59778c97305b08c4ef9c0955_4b39b2c6.displayName = "Upload";
return Upload_comp_3a91f30a59778c97305b08c4ef9c0955_4b39b2c6;
})();

export const Cond_comp_577fc58f394cf2abaff4d2d8d24ce91b_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_577fc58f394cf2abaff4d2d8d24ce91b_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_new_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_577fc58f394cf2abaff4d2d8d24ce91b_4b39b2c6.displayName = "Cond";
return Cond_comp_577fc58f394cf2abaff4d2d8d24ce91b_4b39b2c6;
})();

export const Bare_comp_1eea7cc5b560729287918775e8c4fd00_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_1eea7cc5b560729287918775e8c4fd00_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_error_rx_state_
    )
});
Bare_comp_1eea7cc5b560729287918775e8c4fd00_4b39b2c6.displayName = "Bare";
return Bare_comp_1eea7cc5b560729287918775e8c4fd00_4b39b2c6;
})();

export const Cond_comp_473a0f4cfcb5caba73093f6aef509aed_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_473a0f4cfcb5caba73093f6aef509aed_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_473a0f4cfcb5caba73093f6aef509aed_4b39b2c6.displayName = "Cond";
return Cond_comp_473a0f4cfcb5caba73093f6aef509aed_4b39b2c6;
})();

export const Switch_switch_0028df740328e593bcaaa6b805861905_4b39b2c6 = /*#__PURE__*/ (() => {
const Switch_switch_0028df740328e593bcaaa6b805861905_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_course_free = useRef(null); refs["ref_course_free"] = ref_course_free;
const on_change_604813bb08324e9cc1889ca3a38b4de5 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_free", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesSwitch,{...mergeSlotProps(rest, ({ checked:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_free_rx_state_, id:"course-free", onCheckedChange:on_change_604813bb08324e9cc1889ca3a38b4de5, ref:ref_course_free }))},)
    )
});
Switch_switch_0028df740328e593bcaaa6b805861905_4b39b2c6.displayName = "Switch";
return Switch_switch_0028df740328e593bcaaa6b805861905_4b39b2c6;
})();

export const Debounceinput_debounceinput_85a8f8c022398dd53f9cca204b5c618b_4b39b2c6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_85a8f8c022398dd53f9cca204b5c618b_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_course_price = useRef(null); refs["ref_course_price"] = ref_course_price;
const on_change_d2d319d605300d24c306f53ecfdca7e9 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_price", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"course-price", inputMode:"decimal", inputRef:ref_course_price, onChange:on_change_d2d319d605300d24c306f53ecfdca7e9, placeholder:"19.99", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.price_rx_state_) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.price_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_85a8f8c022398dd53f9cca204b5c618b_4b39b2c6.displayName = "DebounceInput";
return Debounceinput_debounceinput_85a8f8c022398dd53f9cca204b5c618b_4b39b2c6;
})();

export const Selectroot_select__root_6d4a255fe056979c5c96a6f792a7bb68_4b39b2c6 = /*#__PURE__*/ (() => {
const Selectroot_select__root_6d4a255fe056979c5c96a6f792a7bb68_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_f863b61b8472dc5eca143ed6828e1f75 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_currency", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_f863b61b8472dc5eca143ed6828e1f75, value:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.currency_rx_state_ }))},children)
    )
});
Selectroot_select__root_6d4a255fe056979c5c96a6f792a7bb68_4b39b2c6.displayName = "SelectRoot";
return Selectroot_select__root_6d4a255fe056979c5c96a6f792a7bb68_4b39b2c6;
})();

export const Bare_comp_71e25d7e5fc73fe1e4384f6d7a5ec2f1_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_71e25d7e5fc73fe1e4384f6d7a5ec2f1_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["price_cents"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["price_cents"] : "")
    )
});
Bare_comp_71e25d7e5fc73fe1e4384f6d7a5ec2f1_4b39b2c6.displayName = "Bare";
return Bare_comp_71e25d7e5fc73fe1e4384f6d7a5ec2f1_4b39b2c6;
})();

export const Cond_comp_45c6926e62f447646c3c3369f73fc8c1_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_45c6926e62f447646c3c3369f73fc8c1_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["price_cents"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["price_cents"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_45c6926e62f447646c3c3369f73fc8c1_4b39b2c6.displayName = "Cond";
return Cond_comp_45c6926e62f447646c3c3369f73fc8c1_4b39b2c6;
})();

export const Cond_comp_533d3f00fe1c5fbc577800e7449bb6a6_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_533d3f00fe1c5fbc577800e7449bb6a6_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_free_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_533d3f00fe1c5fbc577800e7449bb6a6_4b39b2c6.displayName = "Cond";
return Cond_comp_533d3f00fe1c5fbc577800e7449bb6a6_4b39b2c6;
})();

export const Foreach_comp_e0f4e45ae5938d2735fd843ab51a2166_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_e0f4e45ae5938d2735fd843ab51a2166_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.category_options_rx_state_ ?? [],((o_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx(RadixThemesSelect.Item,{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:o_rx_state_?.["value"]},o_rx_state_?.["label"]))))
    )
});
Foreach_comp_e0f4e45ae5938d2735fd843ab51a2166_4b39b2c6.displayName = "Foreach";
return Foreach_comp_e0f4e45ae5938d2735fd843ab51a2166_4b39b2c6;
})();

export const Selectroot_select__root_1e51fdd4dfabd9715e4ca5363a847347_4b39b2c6 = /*#__PURE__*/ (() => {
const Selectroot_select__root_1e51fdd4dfabd9715e4ca5363a847347_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_cff1f26773c6e584f691d420a05051c7 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_category", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_cff1f26773c6e584f691d420a05051c7, value:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.category_id_rx_state_ }))},children)
    )
});
Selectroot_select__root_1e51fdd4dfabd9715e4ca5363a847347_4b39b2c6.displayName = "SelectRoot";
return Selectroot_select__root_1e51fdd4dfabd9715e4ca5363a847347_4b39b2c6;
})();

export const Bare_comp_78c471167e7884d80f178f208bbb1dd1_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_78c471167e7884d80f178f208bbb1dd1_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["category_id"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["category_id"] : "")
    )
});
Bare_comp_78c471167e7884d80f178f208bbb1dd1_4b39b2c6.displayName = "Bare";
return Bare_comp_78c471167e7884d80f178f208bbb1dd1_4b39b2c6;
})();

export const Cond_comp_f6a92b1e62e6dc06b3df1f0b16deee62_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f6a92b1e62e6dc06b3df1f0b16deee62_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["category_id"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["category_id"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f6a92b1e62e6dc06b3df1f0b16deee62_4b39b2c6.displayName = "Cond";
return Cond_comp_f6a92b1e62e6dc06b3df1f0b16deee62_4b39b2c6;
})();

export const Selectroot_select__root_52200eaa5f25f67d6f4ee038a87e1bd3_4b39b2c6 = /*#__PURE__*/ (() => {
const Selectroot_select__root_52200eaa5f25f67d6f4ee038a87e1bd3_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_07776bcbd9409a67e45ac22fd34b6093 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_level", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_07776bcbd9409a67e45ac22fd34b6093, value:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.level_rx_state_ }))},children)
    )
});
Selectroot_select__root_52200eaa5f25f67d6f4ee038a87e1bd3_4b39b2c6.displayName = "SelectRoot";
return Selectroot_select__root_52200eaa5f25f67d6f4ee038a87e1bd3_4b39b2c6;
})();

export const Selectroot_select__root_0bb2a275e58b0778320958b551158d55_4b39b2c6 = /*#__PURE__*/ (() => {
const Selectroot_select__root_0bb2a275e58b0778320958b551158d55_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_09791ab7fe76e4dec0a6b937a57e0356 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_language", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_09791ab7fe76e4dec0a6b937a57e0356, value:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.language_rx_state_ }))},children)
    )
});
Selectroot_select__root_0bb2a275e58b0778320958b551158d55_4b39b2c6.displayName = "SelectRoot";
return Selectroot_select__root_0bb2a275e58b0778320958b551158d55_4b39b2c6;
})();

export const Foreach_comp_031473891bd1eeaa4f7b60a81812ddb0_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_031473891bd1eeaa4f7b60a81812ddb0_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tags_rx_state_ ?? [],((tag_rx_state_,index_b2dac700868649fb07d5baee47be7312)=>(jsx(RadixThemesBadge,{className:"tag-chip",key:index_b2dac700868649fb07d5baee47be7312,radius:"full",size:"2",variant:"soft"},tag_rx_state_,jsx(RadixThemesIconButton,{"aria-label":("Remove tag "+tag_rx_state_),color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.remove_tag", ({ ["name"] : tag_rx_state_ }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideX,{size:12},))))))
    )
});
Foreach_comp_031473891bd1eeaa4f7b60a81812ddb0_4b39b2c6.displayName = "Foreach";
return Foreach_comp_031473891bd1eeaa4f7b60a81812ddb0_4b39b2c6;
})();

export const Cond_comp_89eacda19a2c2ca82461d9da4c0b36bd_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_89eacda19a2c2ca82461d9da4c0b36bd_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tags_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_89eacda19a2c2ca82461d9da4c0b36bd_4b39b2c6.displayName = "Cond";
return Cond_comp_89eacda19a2c2ca82461d9da4c0b36bd_4b39b2c6;
})();

export const Debounceinput_debounceinput_4ec3e63de1f20a5f823d98e41769c6b3_4b39b2c6 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_4ec3e63de1f20a5f823d98e41769c6b3_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_course_tag_input = useRef(null); refs["ref_course_tag_input"] = ref_course_tag_input;
const on_change_c85acc53ba3eeba0f73ae321d806f209 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_tag_query", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 150 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ autoComplete:"off", css:({ ["width"] : "100%" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"course-tag-input", inputRef:ref_course_tag_input, maxLength:40, name:"tag", onChange:on_change_c85acc53ba3eeba0f73ae321d806f209, placeholder:"Type a tag and press Enter", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tag_query_rx_state_) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tag_query_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_4ec3e63de1f20a5f823d98e41769c6b3_4b39b2c6.displayName = "DebounceInput";
return Debounceinput_debounceinput_4ec3e63de1f20a5f823d98e41769c6b3_4b39b2c6;
})();

export const Bare_comp_22d06325da9b86f525096bf08bc5c089_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_22d06325da9b86f525096bf08bc5c089_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["tags"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["tags"] : "")
    )
});
Bare_comp_22d06325da9b86f525096bf08bc5c089_4b39b2c6.displayName = "Bare";
return Bare_comp_22d06325da9b86f525096bf08bc5c089_4b39b2c6;
})();

export const Cond_comp_1fa884439089a29d2819448f75bd811d_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_1fa884439089a29d2819448f75bd811d_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["tags"]) ? reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.field_errors_rx_state_?.["tags"] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1fa884439089a29d2819448f75bd811d_4b39b2c6.displayName = "Cond";
return Cond_comp_1fa884439089a29d2819448f75bd811d_4b39b2c6;
})();

export const Form_root_f310612e5a01d438f941f9f1e45fdd37_4b39b2c6 = /*#__PURE__*/ (() => {
const Form_root_f310612e5a01d438f941f9f1e45fdd37_4b39b2c6 = memo(({children, ...rest}) => {
    
    const handleSubmit_97325566880b4af10a3390a5f8c24aed = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["course_tag_input"] : getRefValue(refs["ref_course_tag_input"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.submit_tag", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_97325566880b4af10a3390a5f8c24aed }))},children)
    )
});
Form_root_f310612e5a01d438f941f9f1e45fdd37_4b39b2c6.displayName = "Form";
return Form_root_f310612e5a01d438f941f9f1e45fdd37_4b39b2c6;
})();

export const Foreach_comp_47d08503a5d1b8a4608918edb7dc5a0c_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_47d08503a5d1b8a4608918edb7dc5a0c_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tag_suggestions_rx_state_ ?? [],((name_rx_state_,index_8c88653b5536735072bb3792b74c126e)=>(jsx(RadixThemesButton,{className:"tag-suggestion",key:index_8c88653b5536735072bb3792b74c126e,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.add_tag", ({ ["name"] : name_rx_state_ }), ({  })))], [_e], ({  })))),radius:"full",size:"1",type:"button",variant:"outline"},jsx(LucidePlus,{size:12},),name_rx_state_))))
    )
});
Foreach_comp_47d08503a5d1b8a4608918edb7dc5a0c_4b39b2c6.displayName = "Foreach";
return Foreach_comp_47d08503a5d1b8a4608918edb7dc5a0c_4b39b2c6;
})();

export const Cond_comp_d0ff91f5c55c7b8306716381e8a9cdf3_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_d0ff91f5c55c7b8306716381e8a9cdf3_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tag_suggestions_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d0ff91f5c55c7b8306716381e8a9cdf3_4b39b2c6.displayName = "Cond";
return Cond_comp_d0ff91f5c55c7b8306716381e8a9cdf3_4b39b2c6;
})();

export const Bare_comp_f62de058d5ab0f876ee089dd5bd99a08_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_f62de058d5ab0f876ee089dd5bd99a08_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.form_error_rx_state_
    )
});
Bare_comp_f62de058d5ab0f876ee089dd5bd99a08_4b39b2c6.displayName = "Bare";
return Bare_comp_f62de058d5ab0f876ee089dd5bd99a08_4b39b2c6;
})();

export const Cond_comp_b4ed6a4c0b01d245111bbb19ee822a49_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_b4ed6a4c0b01d245111bbb19ee822a49_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.form_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b4ed6a4c0b01d245111bbb19ee822a49_4b39b2c6.displayName = "Cond";
return Cond_comp_b4ed6a4c0b01d245111bbb19ee822a49_4b39b2c6;
})();

export const Bare_comp_f3bc84aa56291d2ee21b9dac8f063316_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_f3bc84aa56291d2ee21b9dac8f063316_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.saved_notice_rx_state_
    )
});
Bare_comp_f3bc84aa56291d2ee21b9dac8f063316_4b39b2c6.displayName = "Bare";
return Bare_comp_f3bc84aa56291d2ee21b9dac8f063316_4b39b2c6;
})();

export const Bare_comp_a6b0b6a321e3cb600d53762138bde837_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_a6b0b6a321e3cb600d53762138bde837_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_new_rx_state_ ? "You can add sections, lectures and a thumbnail once it is created." : "Save your changes before leaving the page.")
    )
});
Bare_comp_a6b0b6a321e3cb600d53762138bde837_4b39b2c6.displayName = "Bare";
return Bare_comp_a6b0b6a321e3cb600d53762138bde837_4b39b2c6;
})();

export const Cond_comp_52e24e38f6dc5448f19a05f88c6fd476_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_52e24e38f6dc5448f19a05f88c6fd476_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.form_error_rx_state_?.valueOf?.() === ""?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_52e24e38f6dc5448f19a05f88c6fd476_4b39b2c6.displayName = "Cond";
return Cond_comp_52e24e38f6dc5448f19a05f88c6fd476_4b39b2c6;
})();

export const Cond_comp_f520d9358275d95e58cbc6fbba3726dc_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f520d9358275d95e58cbc6fbba3726dc_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.saved_notice_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f520d9358275d95e58cbc6fbba3726dc_4b39b2c6.displayName = "Cond";
return Cond_comp_f520d9358275d95e58cbc6fbba3726dc_4b39b2c6;
})();

export const Bare_comp_c54a3019427d0d603cf0641da242977c_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_c54a3019427d0d603cf0641da242977c_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.is_new_rx_state_ ? "Create course" : "Save changes")
    )
});
Bare_comp_c54a3019427d0d603cf0641da242977c_4b39b2c6.displayName = "Bare";
return Bare_comp_c54a3019427d0d603cf0641da242977c_4b39b2c6;
})();

export const Button_button_81e7622c26271b64f3fe483e816d9c27_4b39b2c6 = /*#__PURE__*/ (() => {
const Button_button_81e7622c26271b64f3fe483e816d9c27_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_save_course = useRef(null); refs["ref_save_course"] = ref_save_course;
const on_click_60c8879ca584a052e2248c92a4fa9787 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.save", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"save-course", loading:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.saving_rx_state_, onClick:on_click_60c8879ca584a052e2248c92a4fa9787, ref:ref_save_course, size:"3" }))},children)
    )
});
Button_button_81e7622c26271b64f3fe483e816d9c27_4b39b2c6.displayName = "Button";
return Button_button_81e7622c26271b64f3fe483e816d9c27_4b39b2c6;
})();

export const Tabstrigger_tabs__trigger_48151c494f5d780e7032acf5ce1d4ab7_4b39b2c6 = /*#__PURE__*/ (() => {
const Tabstrigger_tabs__trigger_48151c494f5d780e7032acf5ce1d4ab7_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_tab_curriculum = useRef(null); refs["ref_tab_curriculum"] = ref_tab_curriculum;
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesTabs.Trigger,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["width"] : "100%" }) }), id:"tab-curriculum", ref:ref_tab_curriculum, value:"curriculum" }))},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},"Curriculum",jsx(RadixThemesBadge,{radius:"full",variant:"soft"},reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.lecture_count_rx_state_)))
    )
});
Tabstrigger_tabs__trigger_48151c494f5d780e7032acf5ce1d4ab7_4b39b2c6.displayName = "TabsTrigger";
return Tabstrigger_tabs__trigger_48151c494f5d780e7032acf5ce1d4ab7_4b39b2c6;
})();

export const Upload_comp_54a040aa81f9439da0853bb63954d9fa_4b39b2c6 = /*#__PURE__*/ (() => {
const Upload_comp_54a040aa81f9439da0853bb63954d9fa_4b39b2c6 = memo(({children}) => {
    const ref_course_thumbnail = useRef(null); refs["ref_course_thumbnail"] = ref_course_thumbnail;
const on_drop_a4c8aef792748caad230bfd3390762bb = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.upload_thumbnail", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "course-thumbnail", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.thumbnail_rejected", ({ ["rejections"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: zbxordmc, getInputProps: dcmdllti, isDragActive: rjutlsgw} = useDropzone(({ ["accept"] : ({ ["image/jpeg"] : [".jpg", ".jpeg"], ["image/png"] : [".png"], ["image/webp"] : [".webp"], ["image/gif"] : [".gif"], ["image/bmp"] : [".bmp"] }), ["maxFiles"] : 1, ["maxSize"] : 5242880, ["multiple"] : false, ["onDrop"] : on_drop_a4c8aef792748caad230bfd3390762bb, ["onDropRejected"] : on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654, ["id"] : "course-thumbnail" }));
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["width"] : "100%" }),id:"course-thumbnail",ref:ref_course_thumbnail,...zbxordmc()},jsx("input",{type:"file",...dcmdllti()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["padding"] : "1rem", ["width"] : "100%", ["border"] : "1px dashed var(--gray-a7)", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),direction:"column",gap:"1"},jsx(Fragment,{},(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_busy_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesSpinner,{size:"2"},),jsx(RadixThemesText,{as:"p",size:"2"},"Uploading\u2026")))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideUpload,{size:16},),jsx(RadixThemesText,{as:"p",size:"2"},"Drop an image here or ",jsx(RadixThemesStrong,{},"choose a file"))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"JPEG, PNG or WebP, up to 5 MB; 750\u00d7422 or larger looks best."))))
    )
});
Upload_comp_54a040aa81f9439da0853bb63954d9fa_4b39b2c6.displayName = "Upload";
return Upload_comp_54a040aa81f9439da0853bb63954d9fa_4b39b2c6;
})();

export const Bare_comp_c5f96791e854fa69edd1466288d2ce88_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_c5f96791e854fa69edd1466288d2ce88_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.curriculum_error_rx_state_
    )
});
Bare_comp_c5f96791e854fa69edd1466288d2ce88_4b39b2c6.displayName = "Bare";
return Bare_comp_c5f96791e854fa69edd1466288d2ce88_4b39b2c6;
})();

export const Cond_comp_190eda764072cbc0bced6eeb90205cca_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_190eda764072cbc0bced6eeb90205cca_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.curriculum_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_190eda764072cbc0bced6eeb90205cca_4b39b2c6.displayName = "Cond";
return Cond_comp_190eda764072cbc0bced6eeb90205cca_4b39b2c6;
})();

export const Foreach_comp_996c92ec33af580007669ea42a4fd07b_4b39b2c6 = /*#__PURE__*/ (() => {
const Foreach_comp_996c92ec33af580007669ea42a4fd07b_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")

    const handleSubmit_a0340e04197420cada984846a63f25bf = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.save_rename", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    

    const handleSubmit_34f90ead49a2b0f736d4b94b7432258b = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.add_lecture", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.curriculum_rx_state_ ?? [],((section_rx_state_,index_53dc2b00ee5351e8bc7d94c770abf918)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack curriculum-section",css:({ ["width"] : "100%", ["padding"] : "1rem", ["background"] : "var(--gray-2)", ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px" }),direction:"column",key:index_53dc2b00ee5351e8bc7d94c770abf918,gap:"3"},jsx(RadixThemesFlex,{align:({ ["initial"] : "start", ["sm"] : "center" }),css:({ ["gap"] : "0.5rem", ["width"] : "100%" }),direction:({ ["initial"] : "column", ["sm"] : "row" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["flex"] : "1", ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",css:({ ["whiteSpace"] : "nowrap" }),weight:"bold"},("Section "+section_rx_state_?.["number"]+":")),jsx(Fragment,{},((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.editing_key_rx_state_?.valueOf?.() === ("section-"+(JSON.stringify(section_rx_state_?.["id"])))?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%", ["flex"] : "1" }),key:("section-"+(JSON.stringify(section_rx_state_?.["id"]))),onSubmit:handleSubmit_a0340e04197420cada984846a63f25bf},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesTextField.Root,{autoFocus:true,className:"rename-input",css:({ ["width"] : "100%" }),defaultValue:section_rx_state_?.["title"],maxLength:120,name:"title",onKeyDown:((_e) => (addEvents([((_e?.["key"]?.valueOf?.() === "Escape"?.valueOf?.()) ? (ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.cancel_rename", ({  }), ({  }))) : (ReflexEvent("_call_function", ({ ["function"] : (() => null), ["callback"] : null }), ({  }))))], [_e], ({  })))),size:"2"},),jsx(RadixThemesButton,{className:"rename-save",size:"2",type:"submit"},"Save"),jsx(RadixThemesButton,{color:"gray",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.cancel_rename", ({  }), ({  })))], [_e], ({  })))),size:"2",type:"button",variant:"soft"},"Cancel"))))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesText,{as:"p",className:"section-title",weight:"bold"},section_rx_state_?.["title"]),jsx(RadixThemesTooltip,{content:"Rename section"},jsx(RadixThemesIconButton,{"aria-label":"Rename section",color:"gray",css:({ ["padding"] : "6px" }),disabled:false,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.start_rename", ({ ["key"] : ("section-"+(JSON.stringify(section_rx_state_?.["id"]))) }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePencil,{size:12},))))))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},section_rx_state_?.["summary"]),jsx(RadixThemesTooltip,{content:"Move section up"},jsx(RadixThemesIconButton,{"aria-label":"Move section up",color:"gray",css:({ ["padding"] : "6px" }),disabled:!(section_rx_state_?.["can_up"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.move_section", ({ ["section_id"] : section_rx_state_?.["id"], ["delta"] : -1 }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideArrowUp,{size:12},))),jsx(RadixThemesTooltip,{content:"Move section down"},jsx(RadixThemesIconButton,{"aria-label":"Move section down",color:"gray",css:({ ["padding"] : "6px" }),disabled:!(section_rx_state_?.["can_down"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.move_section", ({ ["section_id"] : section_rx_state_?.["id"], ["delta"] : 1 }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideArrowDown,{size:12},))),jsx(RadixThemesTooltip,{content:"Delete section"},jsx(RadixThemesIconButton,{"aria-label":"Delete section",color:"red",css:({ ["padding"] : "6px" }),disabled:false,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.ask_confirm", ({ ["kind"] : "section", ["item_id"] : section_rx_state_?.["id"], ["label"] : section_rx_state_?.["title"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideTrash2,{size:12},))))),Array.prototype.map.call(section_rx_state_?.["lectures"] ?? [],((lecture_rx_state_,index_a7b5eda35c9208c6a5c1b7edcfee9064)=>(jsx(RadixThemesBox,{className:"lecture-row",css:({ ["padding"] : "0.75rem 1rem", ["border"] : "1px solid var(--gray-a4)", ["borderRadius"] : "8px", ["background"] : "var(--color-panel-solid)", ["width"] : "100%" }),key:index_a7b5eda35c9208c6a5c1b7edcfee9064},jsx(RadixThemesFlex,{align:({ ["initial"] : "start", ["sm"] : "center" }),css:({ ["gap"] : "0.5rem", ["width"] : "100%" }),direction:({ ["initial"] : "column", ["sm"] : "row" })},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["flex"] : "1", ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx(LucideCirclePlay,{css:({ ["color"] : "var(--gray-10)" }),size:16},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)", ["whiteSpace"] : "nowrap" }),size:"2"},("Lecture "+lecture_rx_state_?.["number"]+":")),jsx(Fragment,{},((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.editing_key_rx_state_?.valueOf?.() === ("lecture-"+(JSON.stringify(lecture_rx_state_?.["id"])))?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%", ["flex"] : "1" }),key:("lecture-"+(JSON.stringify(lecture_rx_state_?.["id"]))),onSubmit:handleSubmit_a0340e04197420cada984846a63f25bf},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx(RadixThemesTextField.Root,{autoFocus:true,className:"rename-input",css:({ ["width"] : "100%" }),defaultValue:lecture_rx_state_?.["title"],maxLength:120,name:"title",onKeyDown:((_e) => (addEvents([((_e?.["key"]?.valueOf?.() === "Escape"?.valueOf?.()) ? (ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.cancel_rename", ({  }), ({  }))) : (ReflexEvent("_call_function", ({ ["function"] : (() => null), ["callback"] : null }), ({  }))))], [_e], ({  })))),size:"2"},),jsx(RadixThemesButton,{className:"rename-save",size:"2",type:"submit"},"Save"),jsx(RadixThemesButton,{color:"gray",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.cancel_rename", ({  }), ({  })))], [_e], ({  })))),size:"2",type:"button",variant:"soft"},"Cancel"))))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesText,{as:"p",className:"lecture-title",size:"2",weight:"medium"},lecture_rx_state_?.["title"]),jsx(RadixThemesTooltip,{content:"Rename lecture"},jsx(RadixThemesIconButton,{"aria-label":"Rename lecture",color:"gray",css:({ ["padding"] : "6px" }),disabled:false,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.start_rename", ({ ["key"] : ("lecture-"+(JSON.stringify(lecture_rx_state_?.["id"]))) }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePencil,{size:12},))))))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"1"},jsx(RadixThemesSwitch,{"aria-label":"Free preview",checked:lecture_rx_state_?.["is_preview"],className:"preview-switch",onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_preview", ({ ["lecture_id"] : lecture_rx_state_?.["id"], ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"1"},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1"},"Free preview")),jsx(RadixThemesTooltip,{content:"Move up"},jsx(RadixThemesIconButton,{"aria-label":"Move up",color:"gray",css:({ ["padding"] : "6px" }),disabled:!(lecture_rx_state_?.["can_up"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.move_lecture", ({ ["lecture_id"] : lecture_rx_state_?.["id"], ["delta"] : -1 }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideArrowUp,{size:12},))),jsx(RadixThemesTooltip,{content:"Move down"},jsx(RadixThemesIconButton,{"aria-label":"Move down",color:"gray",css:({ ["padding"] : "6px" }),disabled:!(lecture_rx_state_?.["can_down"]),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.move_lecture", ({ ["lecture_id"] : lecture_rx_state_?.["id"], ["delta"] : 1 }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideArrowDown,{size:12},))),jsx(RadixThemesTooltip,{content:"Delete lecture"},jsx(RadixThemesIconButton,{"aria-label":"Delete lecture",color:"red",css:({ ["padding"] : "6px" }),disabled:false,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.ask_confirm", ({ ["kind"] : "lecture", ["item_id"] : lecture_rx_state_?.["id"], ["label"] : lecture_rx_state_?.["title"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideTrash2,{size:12},))))),jsx(RadixThemesBox,{css:({ ["@media screen and (min-width: 0)"] : ({ ["paddingLeft"] : "0" }), ["@media screen and (min-width: 30em)"] : ({ ["paddingLeft"] : "1.6rem" }), ["marginTop"] : "0.5rem" })},jsx(LectureVideo_4b39b2c6,{lectureId:lecture_rx_state_?.["id"]},)))))),jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%" }),onSubmit:handleSubmit_34f90ead49a2b0f736d4b94b7432258b},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"2"},jsx("input",{name:"section_id",type:"hidden",value:(isNotNullOrUndefined(section_rx_state_?.["id"]) ? section_rx_state_?.["id"] : "")},),jsx(RadixThemesTextField.Root,{className:"new-lecture-title",css:({ ["width"] : "100%" }),maxLength:120,name:"title",placeholder:"New lecture title",required:true},),jsx(RadixThemesButton,{className:"add-lecture",type:"submit",variant:"soft"},jsx(LucidePlus,{size:14},),"Add lecture")))))))
    )
});
Foreach_comp_996c92ec33af580007669ea42a4fd07b_4b39b2c6.displayName = "Foreach";
return Foreach_comp_996c92ec33af580007669ea42a4fd07b_4b39b2c6;
})();

export const Cond_comp_3fe5babdc6b4a680dd63acfd7fc09a2f_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_3fe5babdc6b4a680dd63acfd7fc09a2f_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        ((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.curriculum_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3fe5babdc6b4a680dd63acfd7fc09a2f_4b39b2c6.displayName = "Cond";
return Cond_comp_3fe5babdc6b4a680dd63acfd7fc09a2f_4b39b2c6;
})();

export const Form_root_a1e0de7fed9e0cca448cf265aaa49f0d_4b39b2c6 = /*#__PURE__*/ (() => {
const Form_root_a1e0de7fed9e0cca448cf265aaa49f0d_4b39b2c6 = memo(({children, ...rest}) => {
    
    const handleSubmit_255cfddc22f2395b12c9343096e5e6bc = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["new_section_title"] : getRefValue(refs["ref_new_section_title"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.add_section", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["padding"] : "1rem", ["border"] : "1px dashed var(--gray-a7)", ["borderRadius"] : "12px" }), onSubmit:handleSubmit_255cfddc22f2395b12c9343096e5e6bc }))},children)
    )
});
Form_root_a1e0de7fed9e0cca448cf265aaa49f0d_4b39b2c6.displayName = "Form";
return Form_root_a1e0de7fed9e0cca448cf265aaa49f0d_4b39b2c6;
})();

export const Tabsroot_tabs__root_6d3f06f704ddec0d5bd0c77f94b92dd4_4b39b2c6 = /*#__PURE__*/ (() => {
const Tabsroot_tabs__root_6d3f06f704ddec0d5bd0c77f94b92dd4_4b39b2c6 = memo(({children, ...rest}) => {
    const on_change_09ce334616ce1f75aaa3f649ce0770c6 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.set_tab", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesTabs.Root,{...mergeSlotProps(rest, ({ css:({ ["&[data-orientation='vertical']"] : ({ ["display"] : "flex" }), ["width"] : "100%" }), onValueChange:on_change_09ce334616ce1f75aaa3f649ce0770c6, value:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.tab_rx_state_ }))},children)
    )
});
Tabsroot_tabs__root_6d3f06f704ddec0d5bd0c77f94b92dd4_4b39b2c6.displayName = "TabsRoot";
return Tabsroot_tabs__root_6d3f06f704ddec0d5bd0c77f94b92dd4_4b39b2c6;
})();

export const Bare_comp_502a9c169c2d394eedd94310245074ac_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_502a9c169c2d394eedd94310245074ac_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (() => { switch (JSON.stringify(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.confirm_kind_rx_state_)) {case JSON.stringify("section"):  return ("Delete this section?");  break;case JSON.stringify("lecture"):  return ("Delete this lecture?");  break;case JSON.stringify("course"):  return ("Delete this course?");  break;case JSON.stringify("unpublish"):  return ("Unpublish this course?");  break;default:  return ("");  break;};})()
    )
});
Bare_comp_502a9c169c2d394eedd94310245074ac_4b39b2c6.displayName = "Bare";
return Bare_comp_502a9c169c2d394eedd94310245074ac_4b39b2c6;
})();

export const Bare_comp_273b08600d2c64e6d65778fdb3ac2795_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_273b08600d2c64e6d65778fdb3ac2795_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.confirm_label_rx_state_
    )
});
Bare_comp_273b08600d2c64e6d65778fdb3ac2795_4b39b2c6.displayName = "Bare";
return Bare_comp_273b08600d2c64e6d65778fdb3ac2795_4b39b2c6;
})();

export const Bare_comp_b5718b00039aab3d556261016e78bb06_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_b5718b00039aab3d556261016e78bb06_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (() => { switch (JSON.stringify(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.confirm_kind_rx_state_)) {case JSON.stringify("section"):  return ("The section and all its lectures are deleted. Uploaded videos go with them.");  break;case JSON.stringify("lecture"):  return ("The lecture and its video are deleted.");  break;case JSON.stringify("course"):  return ("The course, its curriculum and its videos are deleted for good. This cannot be undone.");  break;case JSON.stringify("unpublish"):  return ("It disappears from search and its page goes offline; enrolled students keep access. You can submit it again later.");  break;default:  return ("");  break;};})()
    )
});
Bare_comp_b5718b00039aab3d556261016e78bb06_4b39b2c6.displayName = "Bare";
return Bare_comp_b5718b00039aab3d556261016e78bb06_4b39b2c6;
})();

export const Bare_comp_621293cd22ae628be3cbfdba32780130_4b39b2c6 = /*#__PURE__*/ (() => {
const Bare_comp_621293cd22ae628be3cbfdba32780130_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (() => { switch (JSON.stringify(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.confirm_kind_rx_state_)) {case JSON.stringify("section"):  return ("Delete section");  break;case JSON.stringify("lecture"):  return ("Delete lecture");  break;case JSON.stringify("course"):  return ("Delete course");  break;case JSON.stringify("unpublish"):  return ("Unpublish");  break;default:  return ("");  break;};})()
    )
});
Bare_comp_621293cd22ae628be3cbfdba32780130_4b39b2c6.displayName = "Bare";
return Bare_comp_621293cd22ae628be3cbfdba32780130_4b39b2c6;
})();

export const Button_button_cdd1cd652dd3b01772ea121d37f094f7_4b39b2c6 = /*#__PURE__*/ (() => {
const Button_button_cdd1cd652dd3b01772ea121d37f094f7_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_confirm_action = useRef(null); refs["ref_confirm_action"] = ref_confirm_action;
const on_click_c35d8e7f002ba09da65e21f6e78ad019 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.confirm", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", id:"confirm-action", onClick:on_click_c35d8e7f002ba09da65e21f6e78ad019, ref:ref_confirm_action }))},children)
    )
});
Button_button_cdd1cd652dd3b01772ea121d37f094f7_4b39b2c6.displayName = "Button";
return Button_button_cdd1cd652dd3b01772ea121d37f094f7_4b39b2c6;
})();

export const Alertdialogroot_alertdialog__root_fd0fa667a003b96c1d823cb54d9a6ae6_4b39b2c6 = /*#__PURE__*/ (() => {
const Alertdialogroot_alertdialog__root_fd0fa667a003b96c1d823cb54d9a6ae6_4b39b2c6 = memo(({children, ...rest}) => {
    const on_open_change_454f2f8ba919f1c9558e218ec74f8d78 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.close_confirm", ({ ["open_"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(RadixThemesAlertDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_454f2f8ba919f1c9558e218ec74f8d78, open:!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.confirm_kind_rx_state_?.valueOf?.() === ""?.valueOf?.())) }))},children)
    )
});
Alertdialogroot_alertdialog__root_fd0fa667a003b96c1d823cb54d9a6ae6_4b39b2c6.displayName = "AlertDialogRoot";
return Alertdialogroot_alertdialog__root_fd0fa667a003b96c1d823cb54d9a6ae6_4b39b2c6;
})();

export const Cond_comp_f3b60bc8431198e87bad3bfd113408e5_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_f3b60bc8431198e87bad3bfd113408e5_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f3b60bc8431198e87bad3bfd113408e5_4b39b2c6.displayName = "Cond";
return Cond_comp_f3b60bc8431198e87bad3bfd113408e5_4b39b2c6;
})();

export const Cond_comp_4d4be498df9b8315852884a3cc66ac6a_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_4d4be498df9b8315852884a3cc66ac6a_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.load_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4d4be498df9b8315852884a3cc66ac6a_4b39b2c6.displayName = "Cond";
return Cond_comp_4d4be498df9b8315852884a3cc66ac6a_4b39b2c6;
})();

export const Button_button_9f49fa0bb0eac0ab4b1d0ef18c49d2b8_4b39b2c6 = /*#__PURE__*/ (() => {
const Button_button_9f49fa0bb0eac0ab4b1d0ef18c49d2b8_4b39b2c6 = memo(({children, ...rest}) => {
    const ref_submit_review = useRef(null); refs["ref_submit_review"] = ref_submit_review;
const on_click_575bc3ab4c0c5f6fb7f5d97b361f87ef = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.submit_for_review", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:!(pyOr(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.can_submit_rx_state_, () => (pyAnd((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "draft"?.valueOf?.()), () => (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.lecture_keys_rx_state_.map(((dmioulfl) => reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[dmioulfl])).includes("ready")))))), id:"submit-review", loading:reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.workflow_busy_rx_state_, onClick:on_click_575bc3ab4c0c5f6fb7f5d97b361f87ef, ref:ref_submit_review }))},children)
    )
});
Button_button_9f49fa0bb0eac0ab4b1d0ef18c49d2b8_4b39b2c6.displayName = "Button";
return Button_button_9f49fa0bb0eac0ab4b1d0ef18c49d2b8_4b39b2c6;
})();

export const Cond_comp_426391f510a2583c3e614c8c0e7ee2e9_4b39b2c6 = /*#__PURE__*/ (() => {
const Cond_comp_426391f510a2583c3e614c8c0e7ee2e9_4b39b2c6 = memo(({children}) => {
    const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
    return(
        (pyAnd(pyAnd((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "draft"?.valueOf?.()), () => (!(pyOr(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.can_submit_rx_state_, () => (pyAnd((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.status_rx_state_?.valueOf?.() === "draft"?.valueOf?.()), () => (reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.lecture_keys_rx_state_.map(((lgviwvuc) => reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[lgviwvuc])).includes("ready")))))))), () => (!((reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.submit_blocker_rx_state_?.valueOf?.() === ""?.valueOf?.()))))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_426391f510a2583c3e614c8c0e7ee2e9_4b39b2c6.displayName = "Cond";
return Cond_comp_426391f510a2583c3e614c8c0e7ee2e9_4b39b2c6;
})();

export const Upload_comp_563caa041b8cec04c2fa10c5605bca1a_4b39b2c6 = /*#__PURE__*/ (() => {
const Upload_comp_563caa041b8cec04c2fa10c5605bca1a_4b39b2c6 = memo(({children}) => {
    const ref_course_thumbnail = useRef(null); refs["ref_course_thumbnail"] = ref_course_thumbnail;
const on_drop_a4c8aef792748caad230bfd3390762bb = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.upload_thumbnail", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "course-thumbnail", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.thumbnail_rejected", ({ ["rejections"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: miuwrhvk, getInputProps: tufrxhfo, isDragActive: yybhbzkm} = useDropzone(({ ["accept"] : ({ ["image/jpeg"] : [".jpg", ".jpeg"], ["image/png"] : [".png"], ["image/webp"] : [".webp"], ["image/gif"] : [".gif"], ["image/bmp"] : [".bmp"] }), ["maxFiles"] : 1, ["maxSize"] : 5242880, ["multiple"] : false, ["onDrop"] : on_drop_a4c8aef792748caad230bfd3390762bb, ["onDropRejected"] : on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654, ["id"] : "course-thumbnail" }));
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["width"] : "100%" }),id:"course-thumbnail",ref:ref_course_thumbnail,...miuwrhvk()},jsx("input",{type:"file",...tufrxhfo()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["padding"] : "1rem", ["width"] : "100%", ["border"] : "1px dashed var(--gray-a7)", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),direction:"column",gap:"1"},jsx(Fragment,{},(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_busy_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesSpinner,{size:"2"},),jsx(RadixThemesText,{as:"p",size:"2"},"Uploading\u2026")))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideUpload,{size:16},),jsx(RadixThemesText,{as:"p",size:"2"},"Drop an image here or ",jsx(RadixThemesStrong,{},"choose a file"))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"JPEG, PNG or WebP, up to 5 MB; 750\u00d7422 or larger looks best."))))
    )
});
Upload_comp_563caa041b8cec04c2fa10c5605bca1a_4b39b2c6.displayName = "Upload";
return Upload_comp_563caa041b8cec04c2fa10c5605bca1a_4b39b2c6;
})();

export const Upload_comp_cac0ba3f09a217c9b8e3085e8d597d4d_4b39b2c6 = /*#__PURE__*/ (() => {
const Upload_comp_cac0ba3f09a217c9b8e3085e8d597d4d_4b39b2c6 = memo(({children}) => {
    const ref_course_thumbnail = useRef(null); refs["ref_course_thumbnail"] = ref_course_thumbnail;
const on_drop_a4c8aef792748caad230bfd3390762bb = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.upload_thumbnail", ({ ["files"] : _ev_0, ["upload_param_name"] : "files", ["upload_id"] : "course-thumbnail", ["extra_headers"] : ({  }) }), ({  }), "uploadFiles"))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state.thumbnail_rejected", ({ ["rejections"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const { getRootProps: xrrixsns, getInputProps: pmuoeieh, isDragActive: mlheqpcy} = useDropzone(({ ["accept"] : ({ ["image/jpeg"] : [".jpg", ".jpeg"], ["image/png"] : [".png"], ["image/webp"] : [".webp"], ["image/gif"] : [".gif"], ["image/bmp"] : [".bmp"] }), ["maxFiles"] : 1, ["maxSize"] : 5242880, ["multiple"] : false, ["onDrop"] : on_drop_a4c8aef792748caad230bfd3390762bb, ["onDropRejected"] : on_drop_rejected_2df9d9bf6676f05542222ab1a45ac654, ["id"] : "course-thumbnail" }));
const reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state = useStateContext("reflex___state____state.udemy_clone___catalog___studio_state____course_editor_state")
    return(
        jsx(Fragment,{},jsx("div",{className:"rx-Upload",css:({ ["width"] : "100%" }),id:"course-thumbnail",ref:ref_course_thumbnail,...xrrixsns()},jsx("input",{type:"file",...pmuoeieh()},),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["padding"] : "1rem", ["width"] : "100%", ["border"] : "1px dashed var(--gray-a7)", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),direction:"column",gap:"1"},jsx(Fragment,{},(reflex___state____state__udemy_clone___catalog___studio_state____course_editor_state.thumbnail_busy_rx_state_?(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesSpinner,{size:"2"},),jsx(RadixThemesText,{as:"p",size:"2"},"Uploading\u2026")))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(LucideUpload,{size:16},),jsx(RadixThemesText,{as:"p",size:"2"},"Drop an image here or ",jsx(RadixThemesStrong,{},"choose a file"))))))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"JPEG, PNG or WebP, up to 5 MB; 750\u00d7422 or larger looks best."))))
    )
});
Upload_comp_cac0ba3f09a217c9b8e3085e8d597d4d_4b39b2c6.displayName = "Upload";
return Upload_comp_cac0ba3f09a217c9b8e3085e8d597d4d_4b39b2c6;
})();
