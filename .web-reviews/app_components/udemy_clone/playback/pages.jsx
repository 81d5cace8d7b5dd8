
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
import LucideArrowLeft from "lucide-react/dist/esm/icons/arrow-left.mjs"
import LucideChevronLeft from "lucide-react/dist/esm/icons/chevron-left.mjs"
import LucideChevronRight from "lucide-react/dist/esm/icons/chevron-right.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCirclePlay from "lucide-react/dist/esm/icons/circle-play.mjs"
import LucideCircle from "lucide-react/dist/esm/icons/circle.mjs"

const HlsPlayer = ClientSide(() => import('$/public/hls_player.jsx').then((mod) => mod.HlsPlayer), "HlsPlayer")






export const Form_root_a02590c83a6eceaacbb70e0e487926b4_68de4c65 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_68de4c65 = memo(({children, ...rest}) => {
    
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
Form_root_a02590c83a6eceaacbb70e0e487926b4_68de4c65.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_68de4c65;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_68de4c65.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_68de4c65;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_68de4c65 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_68de4c65 = memo(({children, ...rest}) => {
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
Link_link_bc007e1d4013bba9d25a5892594eaf02_68de4c65.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_68de4c65;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_68de4c65.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_68de4c65;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_68de4c65 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_68de4c65 = memo(({children, ...rest}) => {
    
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
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_68de4c65.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_68de4c65;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_68de4c65 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_68de4c65 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_68de4c65.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_68de4c65;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_68de4c65.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_68de4c65;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_68de4c65 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_68de4c65.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_68de4c65;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_68de4c65.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_68de4c65;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_68de4c65 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_68de4c65.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_68de4c65;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_68de4c65 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_68de4c65.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_68de4c65;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_68de4c65 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_68de4c65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_68de4c65;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_68de4c65 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_68de4c65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_68de4c65;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_68de4c65 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_68de4c65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_68de4c65;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_68de4c65 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_68de4c65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_68de4c65;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_68de4c65 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_68de4c65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_68de4c65;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_68de4c65.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_68de4c65;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_68de4c65 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_68de4c65 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_68de4c65.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_68de4c65;
})();

export const Link_link_05dba3c39a71a7b8f58128dbeb9297a3_68de4c65 = /*#__PURE__*/ (() => {
const Link_link_05dba3c39a71a7b8f58128dbeb9297a3_68de4c65 = memo(({children, ...rest}) => {
    const ref_course_link = useRef(null); refs["ref_course_link"] = ref_course_link;
const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["color"] : "var(--gray-11)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"course-link", ref:ref_course_link, underline:"none" }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___playback___state____player_state.course_page_rx_state_},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"3"},jsx(LucideArrowLeft,{size:16},),jsx(RadixThemesText,{as:"p"},reflex___state____state__udemy_clone___playback___state____player_state.course_title_rx_state_))))
    )
});
Link_link_05dba3c39a71a7b8f58128dbeb9297a3_68de4c65.displayName = "Link";
return Link_link_05dba3c39a71a7b8f58128dbeb9297a3_68de4c65;
})();

export const Hlsplayer_hlsplayer_30173daacc7c29cce0d60bc64de9f7b4_68de4c65 = /*#__PURE__*/ (() => {
const Hlsplayer_hlsplayer_30173daacc7c29cce0d60bc64de9f7b4_68de4c65 = memo(({children, ...rest}) => {
    const ref_lecture_video = useRef(null); refs["ref_lecture_video"] = ref_lecture_video;
const on_heartbeat_54b3a9af6179a64a611a44aa4f9497f2 = useCallback(((_ev_0, _ev_1, _ev_2) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___playback___state____player_state.heartbeat", ({ ["lecture_id"] : _ev_0, ["position"] : _ev_1, ["watched"] : _ev_2 }), ({  })))], [_ev_0, _ev_1, _ev_2], ({  })))), [addEvents, ReflexEvent])
const on_playback_error_f98eb1d9f509136acb537906938db214 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___playback___state____player_state.playback_error", ({ ["kind"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(HlsPlayer,{...mergeSlotProps(rest, ({ heartbeatSeconds:10, id:"lecture-video", lectureId:reflex___state____state__udemy_clone___playback___state____player_state.lecture_id_rx_state_, onHeartbeat:on_heartbeat_54b3a9af6179a64a611a44aa4f9497f2, onPlaybackError:on_playback_error_f98eb1d9f509136acb537906938db214, ref:ref_lecture_video, src:reflex___state____state__udemy_clone___playback___state____player_state.playback_url_rx_state_, startPosition:reflex___state____state__udemy_clone___playback___state____player_state.start_position_rx_state_ }))},)
    )
});
Hlsplayer_hlsplayer_30173daacc7c29cce0d60bc64de9f7b4_68de4c65.displayName = "HlsPlayer";
return Hlsplayer_hlsplayer_30173daacc7c29cce0d60bc64de9f7b4_68de4c65;
})();

export const Link_link_ab6e703223aba5adb7a52bd10088a48c_68de4c65 = /*#__PURE__*/ (() => {
const Link_link_ab6e703223aba5adb7a52bd10088a48c_68de4c65 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___playback___state____player_state.course_page_rx_state_},jsx(RadixThemesButton,{size:"3"},"View course")))
    )
});
Link_link_ab6e703223aba5adb7a52bd10088a48c_68de4c65.displayName = "Link";
return Link_link_ab6e703223aba5adb7a52bd10088a48c_68de4c65;
})();

export const Link_link_57d15931df5354b69773bf7e77f2a345_68de4c65 = /*#__PURE__*/ (() => {
const Link_link_57d15931df5354b69773bf7e77f2a345_68de4c65 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___playback___state____player_state.login_href_rx_state_},jsx(RadixThemesButton,{color:"gray",css:({ ["color"] : "white", ["boxShadow"] : "inset 0 0 0 1px white" }),size:"3",variant:"outline"},"Log in")))
    )
});
Link_link_57d15931df5354b69773bf7e77f2a345_68de4c65.displayName = "Link";
return Link_link_57d15931df5354b69773bf7e77f2a345_68de4c65;
})();

export const Cond_comp_96681cf72e2c9ba76347a809f5f26130_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_96681cf72e2c9ba76347a809f5f26130_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        ((reflex___state____state__udemy_clone___playback___state____player_state.blocked_rx_state_?.valueOf?.() === "no_video"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_96681cf72e2c9ba76347a809f5f26130_68de4c65.displayName = "Cond";
return Cond_comp_96681cf72e2c9ba76347a809f5f26130_68de4c65;
})();

export const Cond_comp_6501b0bc03057e3ac51c5d731c4ad363_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_6501b0bc03057e3ac51c5d731c4ad363_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        (!((reflex___state____state__udemy_clone___playback___state____player_state.playback_url_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6501b0bc03057e3ac51c5d731c4ad363_68de4c65.displayName = "Cond";
return Cond_comp_6501b0bc03057e3ac51c5d731c4ad363_68de4c65;
})();

export const Bare_comp_a5c8d494f32c7f79c21881e88bc2eaca_68de4c65 = /*#__PURE__*/ (() => {
const Bare_comp_a5c8d494f32c7f79c21881e88bc2eaca_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        reflex___state____state__udemy_clone___playback___state____player_state.lecture_title_rx_state_
    )
});
Bare_comp_a5c8d494f32c7f79c21881e88bc2eaca_68de4c65.displayName = "Bare";
return Bare_comp_a5c8d494f32c7f79c21881e88bc2eaca_68de4c65;
})();

export const Link_link_7b48102bf0898d84463f3e5220e375d8_68de4c65 = /*#__PURE__*/ (() => {
const Link_link_7b48102bf0898d84463f3e5220e375d8_68de4c65 = memo(({children, ...rest}) => {
    const ref_previous_lecture = useRef(null); refs["ref_previous_lecture"] = ref_previous_lecture;
const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"previous-lecture", ref:ref_previous_lecture }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___playback___state____player_state.previous_href_rx_state_},jsx(RadixThemesButton,{variant:"soft"},jsx(LucideChevronLeft,{size:16},),"Previous")))
    )
});
Link_link_7b48102bf0898d84463f3e5220e375d8_68de4c65.displayName = "Link";
return Link_link_7b48102bf0898d84463f3e5220e375d8_68de4c65;
})();

export const Cond_comp_d6a9aed2900cfdc64d1803296d9396e3_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_d6a9aed2900cfdc64d1803296d9396e3_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        (!((reflex___state____state__udemy_clone___playback___state____player_state.previous_href_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d6a9aed2900cfdc64d1803296d9396e3_68de4c65.displayName = "Cond";
return Cond_comp_d6a9aed2900cfdc64d1803296d9396e3_68de4c65;
})();

export const Link_link_34a7067a1565c31047a9ea70f63d1e1f_68de4c65 = /*#__PURE__*/ (() => {
const Link_link_34a7067a1565c31047a9ea70f63d1e1f_68de4c65 = memo(({children, ...rest}) => {
    const ref_next_lecture = useRef(null); refs["ref_next_lecture"] = ref_next_lecture;
const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }), id:"next-lecture", ref:ref_next_lecture }))},jsx(ReactRouterLink,{to:reflex___state____state__udemy_clone___playback___state____player_state.next_href_rx_state_},jsx(RadixThemesButton,{},"Next",jsx(LucideChevronRight,{size:16},))))
    )
});
Link_link_34a7067a1565c31047a9ea70f63d1e1f_68de4c65.displayName = "Link";
return Link_link_34a7067a1565c31047a9ea70f63d1e1f_68de4c65;
})();

export const Cond_comp_693e9ecf2ff6550e5def8380dcedb33a_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_693e9ecf2ff6550e5def8380dcedb33a_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        (!((reflex___state____state__udemy_clone___playback___state____player_state.next_href_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_693e9ecf2ff6550e5def8380dcedb33a_68de4c65.displayName = "Cond";
return Cond_comp_693e9ecf2ff6550e5def8380dcedb33a_68de4c65;
})();

export const Bare_comp_6fc4f0137cfdce871a647fc35694c438_68de4c65 = /*#__PURE__*/ (() => {
const Bare_comp_6fc4f0137cfdce871a647fc35694c438_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        ((JSON.stringify(reflex___state____state__udemy_clone___playback___state____player_state.percent_rx_state_))+"% complete")
    )
});
Bare_comp_6fc4f0137cfdce871a647fc35694c438_68de4c65.displayName = "Bare";
return Bare_comp_6fc4f0137cfdce871a647fc35694c438_68de4c65;
})();

export const Progress_progress_91db793bb12c8c6637c2de2d18a4680d_68de4c65 = /*#__PURE__*/ (() => {
const Progress_progress_91db793bb12c8c6637c2de2d18a4680d_68de4c65 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        jsx(RadixThemesProgress,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), max:100, size:"1", value:reflex___state____state__udemy_clone___playback___state____player_state.percent_rx_state_ }))},)
    )
});
Progress_progress_91db793bb12c8c6637c2de2d18a4680d_68de4c65.displayName = "Progress";
return Progress_progress_91db793bb12c8c6637c2de2d18a4680d_68de4c65;
})();

export const Foreach_comp_cf7c240ccb79a0019bc4af0fd31bb7c4_68de4c65 = /*#__PURE__*/ (() => {
const Foreach_comp_cf7c240ccb79a0019bc4af0fd31bb7c4_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___playback___state____player_state.sections_rx_state_ ?? [],((section_rx_state_,index_38e81f948cc39642d5ac72b4138a6226)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",key:index_38e81f948cc39642d5ac72b4138a6226,gap:"1"},jsx(RadixThemesText,{as:"p",css:({ ["padding"] : "0.5rem 0.75rem 0" }),size:"2",weight:"bold"},section_rx_state_?.["title"]),Array.prototype.map.call(section_rx_state_?.["lectures"] ?? [],((lecture_rx_state_,index_3a7b816bb245bfda80866b5afb401536)=>(jsx(RadixThemesLink,{asChild:true,className:(reflex___state____state__udemy_clone___playback___state____player_state.completed_ids_rx_state_.includes(lecture_rx_state_?.["id"]) ? "lecture-row lecture-done" : "lecture-row"),css:({ ["color"] : "inherit", ["width"] : "100%", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),"data-lecture-id":lecture_rx_state_?.["id"],key:index_3a7b816bb245bfda80866b5afb401536,underline:"none"},jsx(ReactRouterLink,{to:((("/learn/"+reflex___state____state__udemy_clone___playback___state____player_state.course_slug_rx_state_)+"/")+(JSON.stringify(lecture_rx_state_?.["id"])))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["padding"] : "0.6rem 0.75rem", ["width"] : "100%", ["background"] : ((lecture_rx_state_?.["id"]?.valueOf?.() === reflex___state____state__udemy_clone___playback___state____player_state.lecture_id_rx_state_?.valueOf?.()) ? "var(--accent-a3)" : "transparent"), ["borderRadius"] : "8px", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }) }),direction:"row",gap:"2"},jsx(Fragment,{},(reflex___state____state__udemy_clone___playback___state____player_state.completed_ids_rx_state_.includes(lecture_rx_state_?.["id"])?(jsx(Fragment,{},jsx(LucideCircleCheck,{css:({ ["color"] : "var(--green-10)" }),size:16},))):(jsx(Fragment,{},((lecture_rx_state_?.["id"]?.valueOf?.() === reflex___state____state__udemy_clone___playback___state____player_state.lecture_id_rx_state_?.valueOf?.())?(jsx(Fragment,{},jsx(LucideCirclePlay,{css:({ ["color"] : "var(--accent-10)" }),size:16},))):(jsx(Fragment,{},jsx(LucideCircle,{css:({ ["color"] : "var(--gray-8)" }),size:16},)))))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",size:"2",weight:((lecture_rx_state_?.["id"]?.valueOf?.() === reflex___state____state__udemy_clone___playback___state____player_state.lecture_id_rx_state_?.valueOf?.()) ? "bold" : "regular")},lecture_rx_state_?.["title"]),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(Fragment,{},(lecture_rx_state_?.["playable"]?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "gray" }),size:"1"},((((JSON.stringify(Math.floor(lecture_rx_state_?.["duration_seconds"] / 60)))+":")+(((lecture_rx_state_?.["duration_seconds"] % 60) < 10) ? "0" : ""))+(JSON.stringify((lecture_rx_state_?.["duration_seconds"] % 60))))))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "gray" }),size:"1"},"No video yet"))))),jsx(Fragment,{},(lecture_rx_state_?.["is_preview"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",size:"1",variant:"soft"},"Preview"))):(jsx(Fragment,{},))))))))))))))))
    )
});
Foreach_comp_cf7c240ccb79a0019bc4af0fd31bb7c4_68de4c65.displayName = "Foreach";
return Foreach_comp_cf7c240ccb79a0019bc4af0fd31bb7c4_68de4c65;
})();

export const Cond_comp_0092f1488ace8f9b76aa009a8c891f6e_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_0092f1488ace8f9b76aa009a8c891f6e_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        (reflex___state____state__udemy_clone___playback___state____player_state.not_found_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0092f1488ace8f9b76aa009a8c891f6e_68de4c65.displayName = "Cond";
return Cond_comp_0092f1488ace8f9b76aa009a8c891f6e_68de4c65;
})();

export const Cond_comp_0ffe2e0c4fdf3b3a09ef4f6810cadd93_68de4c65 = /*#__PURE__*/ (() => {
const Cond_comp_0ffe2e0c4fdf3b3a09ef4f6810cadd93_68de4c65 = memo(({children}) => {
    const reflex___state____state__udemy_clone___playback___state____player_state = useStateContext("reflex___state____state.udemy_clone___playback___state____player_state")
    return(
        (reflex___state____state__udemy_clone___playback___state____player_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ffe2e0c4fdf3b3a09ef4f6810cadd93_68de4c65.displayName = "Cond";
return Cond_comp_0ffe2e0c4fdf3b3a09ef4f6810cadd93_68de4c65;
})();
