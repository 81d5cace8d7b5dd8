
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {ClientSide,addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,Progress as RadixThemesProgress,Text as RadixThemesText} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"

const VideoUpload = ClientSide(() => import('$/public/video_upload.jsx').then((mod) => mod.VideoUpload), "VideoUpload")






export const Form_root_a02590c83a6eceaacbb70e0e487926b4_11427537 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_11427537 = memo(({children, ...rest}) => {
    
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
Form_root_a02590c83a6eceaacbb70e0e487926b4_11427537.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_11427537;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_11427537.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_11427537;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_11427537 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_11427537 = memo(({children, ...rest}) => {
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
Link_link_bc007e1d4013bba9d25a5892594eaf02_11427537.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_11427537;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_11427537.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_11427537;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_11427537 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_11427537 = memo(({children, ...rest}) => {
    
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
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_11427537.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_11427537;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_11427537 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_11427537 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_11427537.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_11427537;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_11427537.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_11427537;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_11427537 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_11427537.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_11427537;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_11427537.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_11427537;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_11427537 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_11427537.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_11427537;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_11427537 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_11427537.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_11427537;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_11427537 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_11427537.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_11427537;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_11427537 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_11427537.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_11427537;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_11427537 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_11427537.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_11427537;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_11427537 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_11427537.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_11427537;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_11427537 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_11427537.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_11427537;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_11427537.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_11427537;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_11427537 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_11427537 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_11427537.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_11427537;
})();

export const Videouploadinput_videoupload_f13cc62cdf1ef255cc6e67e35c4dc19b_11427537 = /*#__PURE__*/ (() => {
const Videouploadinput_videoupload_f13cc62cdf1ef255cc6e67e35c4dc19b_11427537 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
const on_uploaded_f7f6e95e64877fd6bb06b2718fb6bcae = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.uploaded", ({ ["lecture_id"] : reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_, ["video_id"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___media___pages____lecture_video_page_state])
const on_error_1e7aaa4478202455d9078659842f6228 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.upload_failed", ({ ["lecture_id"] : reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_, ["message"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___media___pages____lecture_video_page_state])
const on_started_40eee6f4e6a791b36da5ba5f439852c9 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.upload_started", ({ ["lecture_id"] : reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_ }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___media___pages____lecture_video_page_state])
    return(
        jsx(VideoUpload,{...mergeSlotProps(rest, ({ label:"Upload video", lectureId:reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_, maxBytes:4294967296, onError:on_error_1e7aaa4478202455d9078659842f6228, onStarted:on_started_40eee6f4e6a791b36da5ba5f439852c9, onUploaded:on_uploaded_f7f6e95e64877fd6bb06b2718fb6bcae, tokenKey:"uc_access_token" }))},)
    )
});
Videouploadinput_videoupload_f13cc62cdf1ef255cc6e67e35c4dc19b_11427537.displayName = "VideoUploadInput";
return Videouploadinput_videoupload_f13cc62cdf1ef255cc6e67e35c4dc19b_11427537;
})();

export const Bare_comp_62c808dfcbb7b784e97abeee57c20ca7_11427537 = /*#__PURE__*/ (() => {
const Bare_comp_62c808dfcbb7b784e97abeee57c20ca7_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        (JSON.stringify((isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))] : 0)))
    )
});
Bare_comp_62c808dfcbb7b784e97abeee57c20ca7_11427537.displayName = "Bare";
return Bare_comp_62c808dfcbb7b784e97abeee57c20ca7_11427537;
})();

export const Progress_progress_5806c9481bcf6f2ad952aeaa6a3edb43_11427537 = /*#__PURE__*/ (() => {
const Progress_progress_5806c9481bcf6f2ad952aeaa6a3edb43_11427537 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), max:100, size:"1", value:(isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.progress_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))] : 0) }))},)
    )
});
Progress_progress_5806c9481bcf6f2ad952aeaa6a3edb43_11427537.displayName = "Progress";
return Progress_progress_5806c9481bcf6f2ad952aeaa6a3edb43_11427537;
})();

export const Bare_comp_3b7daaee3c0d430334a37ae4e114ec92_11427537 = /*#__PURE__*/ (() => {
const Bare_comp_3b7daaee3c0d430334a37ae4e114ec92_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.duration_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.duration_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))] : "")
    )
});
Bare_comp_3b7daaee3c0d430334a37ae4e114ec92_11427537.displayName = "Bare";
return Bare_comp_3b7daaee3c0d430334a37ae4e114ec92_11427537;
})();

export const Match_comp_b844236b6f26c1c89664f154fbddae0a_11427537 = /*#__PURE__*/ (() => {
const Match_comp_b844236b6f26c1c89664f154fbddae0a_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        (() => {
  switch (JSON.stringify((isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.status_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))] : ""))) {
    case JSON.stringify("processing"):
      return children?.at?.(0);
      break;
    case JSON.stringify("uploaded"):
      return children?.at?.(1);
      break;
    case JSON.stringify("ready"):
      return children?.at?.(2);
      break;
    case JSON.stringify("failed"):
      return children?.at?.(3);
      break;
    default:
      return children?.at?.(4);
      break;
  }
})()
    )
});
Match_comp_b844236b6f26c1c89664f154fbddae0a_11427537.displayName = "Match";
return Match_comp_b844236b6f26c1c89664f154fbddae0a_11427537;
})();

export const Bare_comp_1950f8eb7ccb98818cf84659d87d7265_11427537 = /*#__PURE__*/ (() => {
const Bare_comp_1950f8eb7ccb98818cf84659d87d7265_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))] : "")
    )
});
Bare_comp_1950f8eb7ccb98818cf84659d87d7265_11427537.displayName = "Bare";
return Bare_comp_1950f8eb7ccb98818cf84659d87d7265_11427537;
})();

export const Cond_comp_735e2e288d36c35da33048f42dd06e8a_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_735e2e288d36c35da33048f42dd06e8a_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___media___state____video_status_state = useStateContext("reflex___state____state.udemy_clone___media___state____video_status_state")
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        (!(((isTrue(reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))]) ? reflex___state____state__udemy_clone___media___state____video_status_state.error_by_lecture_rx_state_?.[(JSON.stringify(reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_))] : "")?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_735e2e288d36c35da33048f42dd06e8a_11427537.displayName = "Cond";
return Cond_comp_735e2e288d36c35da33048f42dd06e8a_11427537;
})();

export const Vstack_flex_106854b7844ae507338493df65e9f882_11427537 = /*#__PURE__*/ (() => {
const Vstack_flex_106854b7844ae507338493df65e9f882_11427537 = memo(({children, ...rest}) => {
    const ref_lecture_video_upload = useRef(null); refs["ref_lecture_video_upload"] = ref_lecture_video_upload;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___media___state____video_status_state.track_lecture", ({ ["lecture_id"] : reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_ }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"start", className:"rx-Stack", css:({ ["width"] : "100%" }), direction:"column", id:"lecture-video-upload", ref:ref_lecture_video_upload, gap:"2" }))},children)
    )
});
Vstack_flex_106854b7844ae507338493df65e9f882_11427537.displayName = "VStack";
return Vstack_flex_106854b7844ae507338493df65e9f882_11427537;
})();

export const Cond_comp_3aa5cfa1e217b466dccf4fdd6e3e4ed2_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_3aa5cfa1e217b466dccf4fdd6e3e4ed2_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___media___pages____lecture_video_page_state = useStateContext("reflex___state____state.udemy_clone___media___pages____lecture_video_page_state")
    return(
        ((reflex___state____state__udemy_clone___media___pages____lecture_video_page_state.lecture_id_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3aa5cfa1e217b466dccf4fdd6e3e4ed2_11427537.displayName = "Cond";
return Cond_comp_3aa5cfa1e217b466dccf4fdd6e3e4ed2_11427537;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_11427537 = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_11427537 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_11427537.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_11427537;
})();
