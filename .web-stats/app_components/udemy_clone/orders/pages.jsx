
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,pyAnd,pyOr,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {AlertDialog as RadixThemesAlertDialog,Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Code as RadixThemesCode,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,Progress as RadixThemesProgress,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucidePlay from "lucide-react/dist/esm/icons/play.mjs"
import LucidePrinter from "lucide-react/dist/esm/icons/printer.mjs"
import DebounceInput from "react-debounce-input"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_57e9ef29 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_57e9ef29 = memo(({children, ...rest}) => {
    
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
Form_root_a02590c83a6eceaacbb70e0e487926b4_57e9ef29.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_57e9ef29;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_57e9ef29.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_57e9ef29;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_57e9ef29 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_57e9ef29 = memo(({children, ...rest}) => {
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
Link_link_bc007e1d4013bba9d25a5892594eaf02_57e9ef29.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_57e9ef29;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_57e9ef29.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_57e9ef29;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_57e9ef29 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_57e9ef29 = memo(({children, ...rest}) => {
    
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
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_57e9ef29.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_57e9ef29;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_57e9ef29 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_57e9ef29 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_57e9ef29.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_57e9ef29;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_57e9ef29.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_57e9ef29;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_57e9ef29.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_57e9ef29;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_57e9ef29.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_57e9ef29;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_57e9ef29 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_57e9ef29.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_57e9ef29;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_57e9ef29.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_57e9ef29;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_57e9ef29.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_57e9ef29;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_57e9ef29.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_57e9ef29;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_57e9ef29.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_57e9ef29;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_57e9ef29.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_57e9ef29;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_57e9ef29.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_57e9ef29;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_57e9ef29.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_57e9ef29;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_57e9ef29 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_57e9ef29 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_57e9ef29.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_57e9ef29;
})();

export const Cond_comp_a732dc2fae4caab5c40dcb84c42a0ca7_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_a732dc2fae4caab5c40dcb84c42a0ca7_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (reflex___state____state__udemy_clone___orders___state____cart_state.cancelled_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a732dc2fae4caab5c40dcb84c42a0ca7_57e9ef29.displayName = "Cond";
return Cond_comp_a732dc2fae4caab5c40dcb84c42a0ca7_57e9ef29;
})();

export const Bare_comp_7973b42a911e3de0c92f7e7cb73c0024_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_7973b42a911e3de0c92f7e7cb73c0024_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.error_rx_state_
    )
});
Bare_comp_7973b42a911e3de0c92f7e7cb73c0024_57e9ef29.displayName = "Bare";
return Bare_comp_7973b42a911e3de0c92f7e7cb73c0024_57e9ef29;
})();

export const Cond_comp_2422910cf40ec37929b8a6d4135ce9aa_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_2422910cf40ec37929b8a6d4135ce9aa_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____cart_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2422910cf40ec37929b8a6d4135ce9aa_57e9ef29.displayName = "Cond";
return Cond_comp_2422910cf40ec37929b8a6d4135ce9aa_57e9ef29;
})();

export const Bare_comp_90adfb4017710c39b9a4c3fc64714631_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_90adfb4017710c39b9a4c3fc64714631_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.count_rx_state_
    )
});
Bare_comp_90adfb4017710c39b9a4c3fc64714631_57e9ef29.displayName = "Bare";
return Bare_comp_90adfb4017710c39b9a4c3fc64714631_57e9ef29;
})();

export const Foreach_comp_ce931f412fb654314310d13b1cda31b1_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_ce931f412fb654314310d13b1cda31b1_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____cart_state.items_rx_state_ ?? [],((item_rx_state_,index_bc66eda86fadc0785044f43112e8086c)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack cart-line",css:({ ["width"] : "100%", ["paddingTop"] : "1rem", ["paddingBottom"] : "1rem", ["borderBottom"] : "1px solid var(--gray-a4)" }),direction:"row",key:index_bc66eda86fadc0785044f43112e8086c,gap:"4"},jsx(Fragment,{},(!((item_rx_state_?.["thumbnail"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx("img",{css:({ ["width"] : "96px", ["height"] : "54px", ["objectFit"] : "cover", ["borderRadius"] : "6px" }),src:item_rx_state_?.["thumbnail"]},))):(jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "96px", ["height"] : "54px", ["borderRadius"] : "6px", ["background"] : "linear-gradient(135deg, var(--violet-9), var(--indigo-10))", ["flexShrink"] : "0" })},jsx(LucidePlay,{css:({ ["color"] : "white" }),size:20},)))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["flex"] : "1" }),direction:"column",gap:"1"},jsx(RadixThemesLink,{asChild:true,css:({ ["color"] : "var(--gray-12)", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/courses/"+item_rx_state_?.["slug"])},jsx(RadixThemesText,{as:"p",weight:"bold"},item_rx_state_?.["title"]))),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},"By ",item_rx_state_?.["instructor"]),jsx(RadixThemesButton,{className:"cart-remove",color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.remove", ({ ["course_id"] : item_rx_state_?.["course_id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"ghost"},"Remove")),jsx(RadixThemesFlex,{align:"end",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--violet-11)" }),weight:"bold"},item_rx_state_?.["final_price"]),jsx(Fragment,{},(isTrue(item_rx_state_?.["discounted"])?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)", ["textDecoration"] : "line-through" }),size:"2"},item_rx_state_?.["price"]))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_ce931f412fb654314310d13b1cda31b1_57e9ef29.displayName = "Foreach";
return Foreach_comp_ce931f412fb654314310d13b1cda31b1_57e9ef29;
})();

export const Bare_comp_e54d2e36b74a80a3135a2132dfa92e6b_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_e54d2e36b74a80a3135a2132dfa92e6b_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.total_rx_state_
    )
});
Bare_comp_e54d2e36b74a80a3135a2132dfa92e6b_57e9ef29.displayName = "Bare";
return Bare_comp_e54d2e36b74a80a3135a2132dfa92e6b_57e9ef29;
})();

export const Bare_comp_476a2817095041722a7cabbe2df077f9_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_476a2817095041722a7cabbe2df077f9_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.subtotal_rx_state_
    )
});
Bare_comp_476a2817095041722a7cabbe2df077f9_57e9ef29.displayName = "Bare";
return Bare_comp_476a2817095041722a7cabbe2df077f9_57e9ef29;
})();

export const Bare_comp_eb262f28692a222ff5315f6d92470fb8_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_eb262f28692a222ff5315f6d92470fb8_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.discount_rx_state_
    )
});
Bare_comp_eb262f28692a222ff5315f6d92470fb8_57e9ef29.displayName = "Bare";
return Bare_comp_eb262f28692a222ff5315f6d92470fb8_57e9ef29;
})();

export const Cond_comp_b3570e2b1f270b5feeef58ca48509db2_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_b3570e2b1f270b5feeef58ca48509db2_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (reflex___state____state__udemy_clone___orders___state____cart_state.has_discount_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b3570e2b1f270b5feeef58ca48509db2_57e9ef29.displayName = "Cond";
return Cond_comp_b3570e2b1f270b5feeef58ca48509db2_57e9ef29;
})();

export const Cond_comp_bf2d7c9084ffca32df3ff16dd1954344_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_bf2d7c9084ffca32df3ff16dd1954344_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (reflex___state____state__udemy_clone___orders___state____cart_state.busy_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_bf2d7c9084ffca32df3ff16dd1954344_57e9ef29.displayName = "Cond";
return Cond_comp_bf2d7c9084ffca32df3ff16dd1954344_57e9ef29;
})();

export const Button_button_d162436f0cc360871c0c4e5a4b8a4b44_57e9ef29 = /*#__PURE__*/ (() => {
const Button_button_d162436f0cc360871c0c4e5a4b8a4b44_57e9ef29 = memo(({children, ...rest}) => {
    const ref_checkout = useRef(null); refs["ref_checkout"] = ref_checkout;
const on_click_6de744712217ee089fc43680f3624b56 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.checkout", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), disabled:pyOr(reflex___state____state__udemy_clone___orders___state____cart_state.busy_rx_state_, () => (reflex___state____state__udemy_clone___orders___state____cart_state.mixed_currencies_rx_state_)), id:"checkout", onClick:on_click_6de744712217ee089fc43680f3624b56, ref:ref_checkout, size:"3" }))},children)
    )
});
Button_button_d162436f0cc360871c0c4e5a4b8a4b44_57e9ef29.displayName = "Button";
return Button_button_d162436f0cc360871c0c4e5a4b8a4b44_57e9ef29;
})();

export const Cond_comp_3bf81282c5829f49d70c2db942c6889b_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_3bf81282c5829f49d70c2db942c6889b_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (reflex___state____state__udemy_clone___orders___state____cart_state.mixed_currencies_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3bf81282c5829f49d70c2db942c6889b_57e9ef29.displayName = "Cond";
return Cond_comp_3bf81282c5829f49d70c2db942c6889b_57e9ef29;
})();

export const Bare_comp_5bc9939d5918e63c222591ebab29835d_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_5bc9939d5918e63c222591ebab29835d_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.coupon_code_rx_state_
    )
});
Bare_comp_5bc9939d5918e63c222591ebab29835d_57e9ef29.displayName = "Bare";
return Bare_comp_5bc9939d5918e63c222591ebab29835d_57e9ef29;
})();

export const Bare_comp_9e1767fb692efd6d8687693b51cb3a44_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_9e1767fb692efd6d8687693b51cb3a44_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.coupon_description_rx_state_
    )
});
Bare_comp_9e1767fb692efd6d8687693b51cb3a44_57e9ef29.displayName = "Bare";
return Bare_comp_9e1767fb692efd6d8687693b51cb3a44_57e9ef29;
})();

export const Button_button_243a74cc45799b2ac3105291d2270d0b_57e9ef29 = /*#__PURE__*/ (() => {
const Button_button_243a74cc45799b2ac3105291d2270d0b_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_537abc5a3c76df151965c0912afce4ea = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.remove_coupon", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_537abc5a3c76df151965c0912afce4ea, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_243a74cc45799b2ac3105291d2270d0b_57e9ef29.displayName = "Button";
return Button_button_243a74cc45799b2ac3105291d2270d0b_57e9ef29;
})();

export const Debounceinput_debounceinput_bb92b18e87c4072873f5414117b87c66_57e9ef29 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_bb92b18e87c4072873f5414117b87c66_57e9ef29 = memo(({children, ...rest}) => {
    const ref_coupon_code = useRef(null); refs["ref_coupon_code"] = ref_coupon_code;
const on_change_8c2d7fc53fded98e5b13386558188d2f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.set_coupon_input", ({ ["value"] : _e?.["target"]?.["value"] }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["flex"] : "1" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"coupon-code", inputRef:ref_coupon_code, maxLength:40, name:"coupon_code", onChange:on_change_8c2d7fc53fded98e5b13386558188d2f, placeholder:"Coupon code", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___orders___state____cart_state.coupon_input_rx_state_) ? reflex___state____state__udemy_clone___orders___state____cart_state.coupon_input_rx_state_ : "") }), "inputRef")},)
    )
});
Debounceinput_debounceinput_bb92b18e87c4072873f5414117b87c66_57e9ef29.displayName = "DebounceInput";
return Debounceinput_debounceinput_bb92b18e87c4072873f5414117b87c66_57e9ef29;
})();

export const Form_root_e714dbee266154cdf56f49a818de43d0_57e9ef29 = /*#__PURE__*/ (() => {
const Form_root_e714dbee266154cdf56f49a818de43d0_57e9ef29 = memo(({children, ...rest}) => {
    
    const handleSubmit_f7f82929517379a868d4c285ab0060db = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["coupon_code"] : getRefValue(refs["ref_coupon_code"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____cart_state.apply_coupon", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_f7f82929517379a868d4c285ab0060db }))},children)
    )
});
Form_root_e714dbee266154cdf56f49a818de43d0_57e9ef29.displayName = "Form";
return Form_root_e714dbee266154cdf56f49a818de43d0_57e9ef29;
})();

export const Cond_comp_435ba1a000a6c9db19c2bebdb81264eb_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_435ba1a000a6c9db19c2bebdb81264eb_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____cart_state.coupon_description_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_435ba1a000a6c9db19c2bebdb81264eb_57e9ef29.displayName = "Cond";
return Cond_comp_435ba1a000a6c9db19c2bebdb81264eb_57e9ef29;
})();

export const Bare_comp_04c9f424d1eea2ffe26096ac86fae1b7_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_04c9f424d1eea2ffe26096ac86fae1b7_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        reflex___state____state__udemy_clone___orders___state____cart_state.coupon_error_rx_state_
    )
});
Bare_comp_04c9f424d1eea2ffe26096ac86fae1b7_57e9ef29.displayName = "Bare";
return Bare_comp_04c9f424d1eea2ffe26096ac86fae1b7_57e9ef29;
})();

export const Cond_comp_4b671093eb1af4cdc34b636b4127c3d4_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_4b671093eb1af4cdc34b636b4127c3d4_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____cart_state.coupon_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4b671093eb1af4cdc34b636b4127c3d4_57e9ef29.displayName = "Cond";
return Cond_comp_4b671093eb1af4cdc34b636b4127c3d4_57e9ef29;
})();

export const Cond_comp_3ab9c60b921dc6776ffc17b63487ab11_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_3ab9c60b921dc6776ffc17b63487ab11_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        ((reflex___state____state__udemy_clone___orders___state____cart_state.items_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3ab9c60b921dc6776ffc17b63487ab11_57e9ef29.displayName = "Cond";
return Cond_comp_3ab9c60b921dc6776ffc17b63487ab11_57e9ef29;
})();

export const Cond_comp_4414e2da51f632e0f2e3c44cff90b220_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_4414e2da51f632e0f2e3c44cff90b220_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____cart_state = useStateContext("reflex___state____state.udemy_clone___orders___state____cart_state")
    return(
        (!(reflex___state____state__udemy_clone___orders___state____cart_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4414e2da51f632e0f2e3c44cff90b220_57e9ef29.displayName = "Cond";
return Cond_comp_4414e2da51f632e0f2e3c44cff90b220_57e9ef29;
})();

export const Bare_comp_8b35174be6666e15d6bea91546b28c88_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_8b35174be6666e15d6bea91546b28c88_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.error_rx_state_
    )
});
Bare_comp_8b35174be6666e15d6bea91546b28c88_57e9ef29.displayName = "Bare";
return Bare_comp_8b35174be6666e15d6bea91546b28c88_57e9ef29;
})();

export const Cond_comp_7e37346a3f78771bde0ef8f86ba677a9_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_7e37346a3f78771bde0ef8f86ba677a9_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7e37346a3f78771bde0ef8f86ba677a9_57e9ef29.displayName = "Cond";
return Cond_comp_7e37346a3f78771bde0ef8f86ba677a9_57e9ef29;
})();

export const Bare_comp_1ecce0fa55322f0dde2e3a8fba503312_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_1ecce0fa55322f0dde2e3a8fba503312_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["number"]
    )
});
Bare_comp_1ecce0fa55322f0dde2e3a8fba503312_57e9ef29.displayName = "Bare";
return Bare_comp_1ecce0fa55322f0dde2e3a8fba503312_57e9ef29;
})();

export const Foreach_comp_35ba16854c74db2d79fc99fa053c51eb_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_35ba16854c74db2d79fc99fa053c51eb_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["items"] ?? [],((item_rx_state_,index_cc4233319a069358249a481de872d4cd)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",key:index_cc4233319a069358249a481de872d4cd,gap:"3"},jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["title"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["price"])))))
    )
});
Foreach_comp_35ba16854c74db2d79fc99fa053c51eb_57e9ef29.displayName = "Foreach";
return Foreach_comp_35ba16854c74db2d79fc99fa053c51eb_57e9ef29;
})();

export const Bare_comp_1f0dd5f722b5a54d72706125c5434c94_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_1f0dd5f722b5a54d72706125c5434c94_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        (("Discount ("+reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["coupon_code"])+")")
    )
});
Bare_comp_1f0dd5f722b5a54d72706125c5434c94_57e9ef29.displayName = "Bare";
return Bare_comp_1f0dd5f722b5a54d72706125c5434c94_57e9ef29;
})();

export const Bare_comp_5046b7b05729b2b5f95644095c699015_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_5046b7b05729b2b5f95644095c699015_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["discount"]
    )
});
Bare_comp_5046b7b05729b2b5f95644095c699015_57e9ef29.displayName = "Bare";
return Bare_comp_5046b7b05729b2b5f95644095c699015_57e9ef29;
})();

export const Cond_comp_2af2da009c4de71b9e440accdd55ad6e_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_2af2da009c4de71b9e440accdd55ad6e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["has_discount"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2af2da009c4de71b9e440accdd55ad6e_57e9ef29.displayName = "Cond";
return Cond_comp_2af2da009c4de71b9e440accdd55ad6e_57e9ef29;
})();

export const Bare_comp_3892d8d99ab4f6c735612f0b32c43e23_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_3892d8d99ab4f6c735612f0b32c43e23_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["total"]
    )
});
Bare_comp_3892d8d99ab4f6c735612f0b32c43e23_57e9ef29.displayName = "Bare";
return Bare_comp_3892d8d99ab4f6c735612f0b32c43e23_57e9ef29;
})();

export const Button_button_67c7e87c8b11a0f03b5666db2396e14d_57e9ef29 = /*#__PURE__*/ (() => {
const Button_button_67c7e87c8b11a0f03b5666db2396e14d_57e9ef29 = memo(({children, ...rest}) => {
    const ref_sandbox_cancel = useRef(null); refs["ref_sandbox_cancel"] = ref_sandbox_cancel;
const on_click_1756544a74b4cb7883b358077df95eda = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state.cancel", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"gray", id:"sandbox-cancel", onClick:on_click_1756544a74b4cb7883b358077df95eda, ref:ref_sandbox_cancel, size:"3", variant:"soft" }))},children)
    )
});
Button_button_67c7e87c8b11a0f03b5666db2396e14d_57e9ef29.displayName = "Button";
return Button_button_67c7e87c8b11a0f03b5666db2396e14d_57e9ef29;
})();

export const Button_button_7c1a8372488ef790909d97c8539e6c28_57e9ef29 = /*#__PURE__*/ (() => {
const Button_button_7c1a8372488ef790909d97c8539e6c28_57e9ef29 = memo(({children, ...rest}) => {
    const ref_sandbox_pay = useRef(null); refs["ref_sandbox_pay"] = ref_sandbox_pay;
const on_click_948f9859ebd67603a93ca6a89976bc98 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state.pay", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ css:({ ["flex"] : "1" }), id:"sandbox-pay", loading:reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.busy_rx_state_, onClick:on_click_948f9859ebd67603a93ca6a89976bc98, ref:ref_sandbox_pay, size:"3" }))},children)
    )
});
Button_button_7c1a8372488ef790909d97c8539e6c28_57e9ef29.displayName = "Button";
return Button_button_7c1a8372488ef790909d97c8539e6c28_57e9ef29;
})();

export const Bare_comp_484d8bc7ede2d839f4696c98c96bdc0d_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_484d8bc7ede2d839f4696c98c96bdc0d_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        (("This order is "+reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["status"])+"; nothing is due.")
    )
});
Bare_comp_484d8bc7ede2d839f4696c98c96bdc0d_57e9ef29.displayName = "Bare";
return Bare_comp_484d8bc7ede2d839f4696c98c96bdc0d_57e9ef29;
})();

export const Cond_comp_2e73333937d937f4b88877c51ebb6b90_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_2e73333937d937f4b88877c51ebb6b90_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        ((reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_?.["status"]?.valueOf?.() === "pending"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_2e73333937d937f4b88877c51ebb6b90_57e9ef29.displayName = "Cond";
return Cond_comp_2e73333937d937f4b88877c51ebb6b90_57e9ef29;
})();

export const Cond_comp_46b80d100a42f3576b8519c8bd734dca_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_46b80d100a42f3576b8519c8bd734dca_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        (reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_46b80d100a42f3576b8519c8bd734dca_57e9ef29.displayName = "Cond";
return Cond_comp_46b80d100a42f3576b8519c8bd734dca_57e9ef29;
})();

export const Cond_comp_0298a3e8c842deb508e899dc92b0614d_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_0298a3e8c842deb508e899dc92b0614d_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____sandbox_payment_state = useStateContext("reflex___state____state.udemy_clone___orders___state____sandbox_payment_state")
    return(
        (pyAnd(reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.loaded_rx_state_, () => ((Object.keys(reflex___state____state__udemy_clone___orders___state____sandbox_payment_state.order_rx_state_ ?? {}).length > 0)))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0298a3e8c842deb508e899dc92b0614d_57e9ef29.displayName = "Cond";
return Cond_comp_0298a3e8c842deb508e899dc92b0614d_57e9ef29;
})();

export const Bare_comp_20b0673587c7f13b9901ae6fb80f1b7e_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_20b0673587c7f13b9901ae6fb80f1b7e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        reflex___state____state__udemy_clone___orders___state____checkout_success_state.error_rx_state_
    )
});
Bare_comp_20b0673587c7f13b9901ae6fb80f1b7e_57e9ef29.displayName = "Bare";
return Bare_comp_20b0673587c7f13b9901ae6fb80f1b7e_57e9ef29;
})();

export const Cond_comp_7c924b9d5c5de6fdb217115e77058cfd_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_7c924b9d5c5de6fdb217115e77058cfd_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____checkout_success_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7c924b9d5c5de6fdb217115e77058cfd_57e9ef29.displayName = "Cond";
return Cond_comp_7c924b9d5c5de6fdb217115e77058cfd_57e9ef29;
})();

export const Bare_comp_47802dc5d6a92f24a6ae68296095da5a_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_47802dc5d6a92f24a6ae68296095da5a_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        reflex___state____state__udemy_clone___orders___state____checkout_success_state.order_rx_state_?.["number"]
    )
});
Bare_comp_47802dc5d6a92f24a6ae68296095da5a_57e9ef29.displayName = "Bare";
return Bare_comp_47802dc5d6a92f24a6ae68296095da5a_57e9ef29;
})();

export const Cond_comp_699ed514ba6dd192b4a78038adb6f052_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_699ed514ba6dd192b4a78038adb6f052_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        ((Object.keys(reflex___state____state__udemy_clone___orders___state____checkout_success_state.order_rx_state_ ?? {}).length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_699ed514ba6dd192b4a78038adb6f052_57e9ef29.displayName = "Cond";
return Cond_comp_699ed514ba6dd192b4a78038adb6f052_57e9ef29;
})();

export const Cond_comp_5d6e18bd3cd0c7c416c324fe1b5a9d29_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_5d6e18bd3cd0c7c416c324fe1b5a9d29_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        (reflex___state____state__udemy_clone___orders___state____checkout_success_state.is_paid_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5d6e18bd3cd0c7c416c324fe1b5a9d29_57e9ef29.displayName = "Cond";
return Cond_comp_5d6e18bd3cd0c7c416c324fe1b5a9d29_57e9ef29;
})();

export const Foreach_comp_02f00a39f1c3f15407272159e4a652fc_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_02f00a39f1c3f15407272159e4a652fc_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____checkout_success_state.order_rx_state_?.["items"] ?? [],((item_rx_state_,index_cc4233319a069358249a481de872d4cd)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",key:index_cc4233319a069358249a481de872d4cd,gap:"3"},jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["title"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["price"])))))
    )
});
Foreach_comp_02f00a39f1c3f15407272159e4a652fc_57e9ef29.displayName = "Foreach";
return Foreach_comp_02f00a39f1c3f15407272159e4a652fc_57e9ef29;
})();

export const Bare_comp_e364ba9f827e427d02f749f98e3173ff_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_e364ba9f827e427d02f749f98e3173ff_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        reflex___state____state__udemy_clone___orders___state____checkout_success_state.order_rx_state_?.["total"]
    )
});
Bare_comp_e364ba9f827e427d02f749f98e3173ff_57e9ef29.displayName = "Bare";
return Bare_comp_e364ba9f827e427d02f749f98e3173ff_57e9ef29;
})();

export const Link_link_ee02b23c10270b0410ff7e5f61bc6ffd_57e9ef29 = /*#__PURE__*/ (() => {
const Link_link_ee02b23c10270b0410ff7e5f61bc6ffd_57e9ef29 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        jsx(RadixThemesLink,{...mergeSlotProps(rest, ({ asChild:true, css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }) }))},jsx(ReactRouterLink,{to:("/orders/"+reflex___state____state__udemy_clone___orders___state____checkout_success_state.order_rx_state_?.["id"]+"/receipt")},jsx(RadixThemesButton,{size:"3",variant:"outline"},"View receipt")))
    )
});
Link_link_ee02b23c10270b0410ff7e5f61bc6ffd_57e9ef29.displayName = "Link";
return Link_link_ee02b23c10270b0410ff7e5f61bc6ffd_57e9ef29;
})();

export const Cond_comp_e15d31fada291a5bdf4a06c5a4991f70_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_e15d31fada291a5bdf4a06c5a4991f70_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____checkout_success_state = useStateContext("reflex___state____state.udemy_clone___orders___state____checkout_success_state")
    return(
        (!(reflex___state____state__udemy_clone___orders___state____checkout_success_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e15d31fada291a5bdf4a06c5a4991f70_57e9ef29.displayName = "Cond";
return Cond_comp_e15d31fada291a5bdf4a06c5a4991f70_57e9ef29;
})();

export const Foreach_comp_080deb05a760450e878a32025d59d270_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_080deb05a760450e878a32025d59d270_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____my_courses_state = useStateContext("reflex___state____state.udemy_clone___orders___state____my_courses_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____my_courses_state.courses_rx_state_ ?? [],((course_rx_state_,index_4fa66a6eb156a7d8efbda1095f77bea9)=>(jsx(RadixThemesLink,{asChild:true,className:"my-course",css:({ ["color"] : "inherit", ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) }),key:index_4fa66a6eb156a7d8efbda1095f77bea9,underline:"none"},jsx(ReactRouterLink,{to:("/courses/"+course_rx_state_?.["slug"])},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["overflow"] : "hidden", ["height"] : "100%" }),direction:"column",gap:"0"},jsx(Fragment,{},(!((course_rx_state_?.["thumbnail"]?.valueOf?.() === ""?.valueOf?.()))?(jsx(Fragment,{},jsx("img",{css:({ ["width"] : "100%", ["height"] : "150px", ["objectFit"] : "cover" }),src:course_rx_state_?.["thumbnail"]},))):(jsx(Fragment,{},jsx(RadixThemesFlex,{css:({ ["display"] : "flex", ["alignItems"] : "center", ["justifyContent"] : "center", ["width"] : "100%", ["height"] : "150px", ["background"] : "linear-gradient(135deg, var(--violet-9), var(--indigo-10))" })},jsx(LucidePlay,{css:({ ["color"] : "white" }),size:40},)))))),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["padding"] : "0.75rem 1rem 1rem", ["width"] : "100%" }),direction:"column",gap:"2"},jsx(RadixThemesText,{as:"p",className:"my-course-title",weight:"bold"},course_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},course_rx_state_?.["instructor"]),jsx(RadixThemesProgress,{css:({ ["width"] : "100%" }),max:100,value:course_rx_state_?.["progress"]},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},course_rx_state_?.["progress"],"% complete"))))))))
    )
});
Foreach_comp_080deb05a760450e878a32025d59d270_57e9ef29.displayName = "Foreach";
return Foreach_comp_080deb05a760450e878a32025d59d270_57e9ef29;
})();

export const Cond_comp_fcf9af9b166b613afb56c7cf59241d0e_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_fcf9af9b166b613afb56c7cf59241d0e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____my_courses_state = useStateContext("reflex___state____state.udemy_clone___orders___state____my_courses_state")
    return(
        ((reflex___state____state__udemy_clone___orders___state____my_courses_state.courses_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_fcf9af9b166b613afb56c7cf59241d0e_57e9ef29.displayName = "Cond";
return Cond_comp_fcf9af9b166b613afb56c7cf59241d0e_57e9ef29;
})();

export const Cond_comp_b35fa104f87b59cf8c7e488de7411e71_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_b35fa104f87b59cf8c7e488de7411e71_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____my_courses_state = useStateContext("reflex___state____state.udemy_clone___orders___state____my_courses_state")
    return(
        (!(reflex___state____state__udemy_clone___orders___state____my_courses_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b35fa104f87b59cf8c7e488de7411e71_57e9ef29.displayName = "Cond";
return Cond_comp_b35fa104f87b59cf8c7e488de7411e71_57e9ef29;
})();

export const Bare_comp_6ac910fab5fd37de9e586e5857bcf54d_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_6ac910fab5fd37de9e586e5857bcf54d_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        reflex___state____state__udemy_clone___orders___state____order_history_state.message_rx_state_
    )
});
Bare_comp_6ac910fab5fd37de9e586e5857bcf54d_57e9ef29.displayName = "Bare";
return Bare_comp_6ac910fab5fd37de9e586e5857bcf54d_57e9ef29;
})();

export const Cond_comp_1d40b7c754d764797d65d85564c5e225_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_1d40b7c754d764797d65d85564c5e225_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____order_history_state.message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1d40b7c754d764797d65d85564c5e225_57e9ef29.displayName = "Cond";
return Cond_comp_1d40b7c754d764797d65d85564c5e225_57e9ef29;
})();

export const Bare_comp_76b78f69065d98bb61d234f734458998_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_76b78f69065d98bb61d234f734458998_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        reflex___state____state__udemy_clone___orders___state____order_history_state.error_rx_state_
    )
});
Bare_comp_76b78f69065d98bb61d234f734458998_57e9ef29.displayName = "Bare";
return Bare_comp_76b78f69065d98bb61d234f734458998_57e9ef29;
})();

export const Cond_comp_940729f9ad2f7cc46b44c323111de3a8_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_940729f9ad2f7cc46b44c323111de3a8_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____order_history_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_940729f9ad2f7cc46b44c323111de3a8_57e9ef29.displayName = "Cond";
return Cond_comp_940729f9ad2f7cc46b44c323111de3a8_57e9ef29;
})();

export const Foreach_comp_25cebd6e67e5021d89da7f0d8e9bdcc4_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_25cebd6e67e5021d89da7f0d8e9bdcc4_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____order_history_state.orders_rx_state_ ?? [],((order_rx_state_,index_5f82ef46d713e179be60b25862023e69)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack order-row",css:({ ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["width"] : "100%", ["padding"] : "1.25rem" }),direction:"column",key:index_5f82ef46d713e179be60b25862023e69,gap:"3"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",gap:"3"},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"1"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",weight:"bold"},order_rx_state_?.["number"]),jsx(RadixThemesBadge,{color:order_rx_state_?.["status_color"],size:"2",variant:"soft"},order_rx_state_?.["status"])),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"2"},order_rx_state_?.["date"])),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",size:"4",weight:"bold"},order_rx_state_?.["total"])),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"column",gap:"2"},Array.prototype.map.call(order_rx_state_?.["items"] ?? [],((item_rx_state_,index_cc4233319a069358249a481de872d4cd)=>(jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%" }),direction:"row",key:index_cc4233319a069358249a481de872d4cd,gap:"3"},jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["title"]),jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",size:"2"},item_rx_state_?.["price"])))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/orders/"+order_rx_state_?.["id"]+"/receipt")},jsx(RadixThemesButton,{size:"2",variant:"soft"},jsx(LucidePrinter,{size:14},),"Receipt"))),jsx(Fragment,{},(isTrue(order_rx_state_?.["refundable"])?(jsx(Fragment,{},jsx(RadixThemesAlertDialog.Root,{},jsx(RadixThemesAlertDialog.Trigger,{},jsx(RadixThemesButton,{color:"red",size:"2",variant:"outline"},"Request refund")),jsx(RadixThemesAlertDialog.Content,{},jsx(RadixThemesAlertDialog.Title,{},"Refund this order?"),jsx(RadixThemesAlertDialog.Description,{},"You get ",order_rx_state_?.["total"]," back and lose access to its courses."),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["marginTop"] : "1rem" }),direction:"row",justify:"end",gap:"3"},jsx(RadixThemesAlertDialog.Cancel,{},jsx(RadixThemesButton,{variant:"soft"},"Keep it")),jsx(RadixThemesAlertDialog.Action,{},jsx(RadixThemesFlex,{},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____order_history_state.request_refund", ({ ["order_id"] : order_rx_state_?.["id"] }), ({  })))], [_e], ({  }))))},"Refund")))))))):(jsx(Fragment,{},)))),jsx(Fragment,{},(isTrue(order_rx_state_?.["refundable"])?(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},"Refundable until ",order_rx_state_?.["refund_deadline"]))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_25cebd6e67e5021d89da7f0d8e9bdcc4_57e9ef29.displayName = "Foreach";
return Foreach_comp_25cebd6e67e5021d89da7f0d8e9bdcc4_57e9ef29;
})();

export const Cond_comp_084f5b61f5d70e8682c75faf418f1527_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_084f5b61f5d70e8682c75faf418f1527_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        ((reflex___state____state__udemy_clone___orders___state____order_history_state.orders_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_084f5b61f5d70e8682c75faf418f1527_57e9ef29.displayName = "Cond";
return Cond_comp_084f5b61f5d70e8682c75faf418f1527_57e9ef29;
})();

export const Cond_comp_24dfe520c60f33a99d2f33ae8f9412db_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_24dfe520c60f33a99d2f33ae8f9412db_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____order_history_state = useStateContext("reflex___state____state.udemy_clone___orders___state____order_history_state")
    return(
        (!(reflex___state____state__udemy_clone___orders___state____order_history_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_24dfe520c60f33a99d2f33ae8f9412db_57e9ef29.displayName = "Cond";
return Cond_comp_24dfe520c60f33a99d2f33ae8f9412db_57e9ef29;
})();

export const Bare_comp_07bc0c2e5ce167a6994a3ff835c93fa8_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_07bc0c2e5ce167a6994a3ff835c93fa8_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.error_rx_state_
    )
});
Bare_comp_07bc0c2e5ce167a6994a3ff835c93fa8_57e9ef29.displayName = "Bare";
return Bare_comp_07bc0c2e5ce167a6994a3ff835c93fa8_57e9ef29;
})();

export const Cond_comp_3111d7be2288d6810e898736b55faa14_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_3111d7be2288d6810e898736b55faa14_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____receipt_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_3111d7be2288d6810e898736b55faa14_57e9ef29.displayName = "Cond";
return Cond_comp_3111d7be2288d6810e898736b55faa14_57e9ef29;
})();

export const Bare_comp_90ba6a5dd8a840d8966034b4ed6c5e2c_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_90ba6a5dd8a840d8966034b4ed6c5e2c_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["number"]
    )
});
Bare_comp_90ba6a5dd8a840d8966034b4ed6c5e2c_57e9ef29.displayName = "Bare";
return Bare_comp_90ba6a5dd8a840d8966034b4ed6c5e2c_57e9ef29;
})();

export const Bare_comp_c37e322ae3d90cf2b595eb59f2c61e67_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_c37e322ae3d90cf2b595eb59f2c61e67_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["date"]
    )
});
Bare_comp_c37e322ae3d90cf2b595eb59f2c61e67_57e9ef29.displayName = "Bare";
return Bare_comp_c37e322ae3d90cf2b595eb59f2c61e67_57e9ef29;
})();

export const Bare_comp_427c01cbb39fbe27e9eb1c9c362fca42_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_427c01cbb39fbe27e9eb1c9c362fca42_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["status"]
    )
});
Bare_comp_427c01cbb39fbe27e9eb1c9c362fca42_57e9ef29.displayName = "Bare";
return Bare_comp_427c01cbb39fbe27e9eb1c9c362fca42_57e9ef29;
})();

export const Badge_badge_c84dbb6422d614c679f4f044dc33ffd4_57e9ef29 = /*#__PURE__*/ (() => {
const Badge_badge_c84dbb6422d614c679f4f044dc33ffd4_57e9ef29 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        jsx(RadixThemesBadge,{...mergeSlotProps(rest, ({ color:reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["status_color"], size:"2", variant:"soft" }))},children)
    )
});
Badge_badge_c84dbb6422d614c679f4f044dc33ffd4_57e9ef29.displayName = "Badge";
return Badge_badge_c84dbb6422d614c679f4f044dc33ffd4_57e9ef29;
})();

export const Bare_comp_5429998f06ba7691b1334139aadef07e_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_5429998f06ba7691b1334139aadef07e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.buyer_name_rx_state_
    )
});
Bare_comp_5429998f06ba7691b1334139aadef07e_57e9ef29.displayName = "Bare";
return Bare_comp_5429998f06ba7691b1334139aadef07e_57e9ef29;
})();

export const Bare_comp_2d01b165d4870ec0e66466690edf2ba9_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_2d01b165d4870ec0e66466690edf2ba9_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.buyer_email_rx_state_
    )
});
Bare_comp_2d01b165d4870ec0e66466690edf2ba9_57e9ef29.displayName = "Bare";
return Bare_comp_2d01b165d4870ec0e66466690edf2ba9_57e9ef29;
})();

export const Foreach_comp_f66b1b93e604933ff9089df2dd224da4_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_f66b1b93e604933ff9089df2dd224da4_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["items"] ?? [],((item_rx_state_,index_5286f5f5bb60f49061eb2840c196fc9d)=>(jsx(RadixThemesTable.Row,{key:index_5286f5f5bb60f49061eb2840c196fc9d},jsx(RadixThemesTable.Cell,{},item_rx_state_?.["title"]),jsx(RadixThemesTable.Cell,{css:({ ["textAlign"] : "right" })},item_rx_state_?.["list_price"]),jsx(RadixThemesTable.Cell,{css:({ ["textAlign"] : "right" })},item_rx_state_?.["price"])))))
    )
});
Foreach_comp_f66b1b93e604933ff9089df2dd224da4_57e9ef29.displayName = "Foreach";
return Foreach_comp_f66b1b93e604933ff9089df2dd224da4_57e9ef29;
})();

export const Bare_comp_612485c7563858468335a9cae097ad3e_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_612485c7563858468335a9cae097ad3e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["subtotal"]
    )
});
Bare_comp_612485c7563858468335a9cae097ad3e_57e9ef29.displayName = "Bare";
return Bare_comp_612485c7563858468335a9cae097ad3e_57e9ef29;
})();

export const Bare_comp_a51b338cd4e04a4b2df33ee5a9b37fcb_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_a51b338cd4e04a4b2df33ee5a9b37fcb_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        ("Coupon "+reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["coupon_code"])
    )
});
Bare_comp_a51b338cd4e04a4b2df33ee5a9b37fcb_57e9ef29.displayName = "Bare";
return Bare_comp_a51b338cd4e04a4b2df33ee5a9b37fcb_57e9ef29;
})();

export const Bare_comp_eec794d467f1a958b9f2770f0e5ceb64_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_eec794d467f1a958b9f2770f0e5ceb64_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["discount"]
    )
});
Bare_comp_eec794d467f1a958b9f2770f0e5ceb64_57e9ef29.displayName = "Bare";
return Bare_comp_eec794d467f1a958b9f2770f0e5ceb64_57e9ef29;
})();

export const Cond_comp_007431dbfdecaa1c72b5093db42720ee_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_007431dbfdecaa1c72b5093db42720ee_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["has_discount"])?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_007431dbfdecaa1c72b5093db42720ee_57e9ef29.displayName = "Cond";
return Cond_comp_007431dbfdecaa1c72b5093db42720ee_57e9ef29;
})();

export const Bare_comp_b4f0c8eac5b79ce51bba46b455082771_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_b4f0c8eac5b79ce51bba46b455082771_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["total"]
    )
});
Bare_comp_b4f0c8eac5b79ce51bba46b455082771_57e9ef29.displayName = "Bare";
return Bare_comp_b4f0c8eac5b79ce51bba46b455082771_57e9ef29;
})();

export const Bare_comp_dd23452675409e5386c2ea107ff619c5_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_dd23452675409e5386c2ea107ff619c5_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["refunded_date"]
    )
});
Bare_comp_dd23452675409e5386c2ea107ff619c5_57e9ef29.displayName = "Bare";
return Bare_comp_dd23452675409e5386c2ea107ff619c5_57e9ef29;
})();

export const Cond_comp_cf9d779fbc22a7e7229701a5917ab9bc_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_cf9d779fbc22a7e7229701a5917ab9bc_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        ((reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["status"]?.valueOf?.() === "refunded"?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_cf9d779fbc22a7e7229701a5917ab9bc_57e9ef29.displayName = "Cond";
return Cond_comp_cf9d779fbc22a7e7229701a5917ab9bc_57e9ef29;
})();

export const Bare_comp_e1ec113de35da50e3f6e0f5778828c7f_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_e1ec113de35da50e3f6e0f5778828c7f_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_?.["gateway"]
    )
});
Bare_comp_e1ec113de35da50e3f6e0f5778828c7f_57e9ef29.displayName = "Bare";
return Bare_comp_e1ec113de35da50e3f6e0f5778828c7f_57e9ef29;
})();

export const Cond_comp_1bd062c83ea415c8dd0375395b116025_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_1bd062c83ea415c8dd0375395b116025_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        ((Object.keys(reflex___state____state__udemy_clone___orders___state____receipt_state.order_rx_state_ ?? {}).length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1bd062c83ea415c8dd0375395b116025_57e9ef29.displayName = "Cond";
return Cond_comp_1bd062c83ea415c8dd0375395b116025_57e9ef29;
})();

export const Button_button_33373d6a3ce66b9d8e6f7270997b2956_57e9ef29 = /*#__PURE__*/ (() => {
const Button_button_33373d6a3ce66b9d8e6f7270997b2956_57e9ef29 = memo(({children, ...rest}) => {
    const on_click_747d72cc65f570af29557ad89acabcf0 = useCallback(((_e) => (addEvents([(ReflexEvent("_call_script", ({ ["javascript_code"] : "window.print()", ["callback"] : null }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ onClick:on_click_747d72cc65f570af29557ad89acabcf0 }))},children)
    )
});
Button_button_33373d6a3ce66b9d8e6f7270997b2956_57e9ef29.displayName = "Button";
return Button_button_33373d6a3ce66b9d8e6f7270997b2956_57e9ef29;
})();

export const Cond_comp_1b6e2bf68141fc9e99e22d2669479624_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_1b6e2bf68141fc9e99e22d2669479624_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____receipt_state = useStateContext("reflex___state____state.udemy_clone___orders___state____receipt_state")
    return(
        (!(reflex___state____state__udemy_clone___orders___state____receipt_state.loaded_rx_state_)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_1b6e2bf68141fc9e99e22d2669479624_57e9ef29.displayName = "Cond";
return Cond_comp_1b6e2bf68141fc9e99e22d2669479624_57e9ef29;
})();

export const Selectroot_select__root_52ca1f969de2f8317311d735c7f3d16f_57e9ef29 = /*#__PURE__*/ (() => {
const Selectroot_select__root_52ca1f969de2f8317311d735c7f3d16f_57e9ef29 = memo(({children, ...rest}) => {
    const on_change_b1ba683b22a03e66943ff0c108888750 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____coupon_studio_state.set_kind", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_b1ba683b22a03e66943ff0c108888750, value:reflex___state____state__udemy_clone___orders___state____coupon_studio_state.kind_rx_state_ }))},children)
    )
});
Selectroot_select__root_52ca1f969de2f8317311d735c7f3d16f_57e9ef29.displayName = "SelectRoot";
return Selectroot_select__root_52ca1f969de2f8317311d735c7f3d16f_57e9ef29;
})();

export const Textfieldroot_textfield__root_951bd9b28336e7564ae74ff425d35f4d_57e9ef29 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_951bd9b28336e7564ae74ff425d35f4d_57e9ef29 = memo(({children, ...rest}) => {
    const ref_coupon_new_value = useRef(null); refs["ref_coupon_new_value"] = ref_coupon_new_value;
const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ id:"coupon-new-value", min:"0.01", name:"value", placeholder:((reflex___state____state__udemy_clone___orders___state____coupon_studio_state.kind_rx_state_?.valueOf?.() === "amount"?.valueOf?.()) ? "$ off" : "% off"), ref:ref_coupon_new_value, required:true, step:"0.01", type:"number" }))},)
    )
});
Textfieldroot_textfield__root_951bd9b28336e7564ae74ff425d35f4d_57e9ef29.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_951bd9b28336e7564ae74ff425d35f4d_57e9ef29;
})();

export const Bare_comp_3093e173d703835bc7e5f3e06d193bee_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_3093e173d703835bc7e5f3e06d193bee_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_ ? "Every course (site-wide)" : "All my courses")
    )
});
Bare_comp_3093e173d703835bc7e5f3e06d193bee_57e9ef29.displayName = "Bare";
return Bare_comp_3093e173d703835bc7e5f3e06d193bee_57e9ef29;
})();

export const Foreach_comp_529cae494c1724efe6367b48b3434986_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_529cae494c1724efe6367b48b3434986_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____coupon_studio_state.courses_rx_state_ ?? [],((c_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx("option",{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:c_rx_state_?.["id"]},c_rx_state_?.["title"]))))
    )
});
Foreach_comp_529cae494c1724efe6367b48b3434986_57e9ef29.displayName = "Foreach";
return Foreach_comp_529cae494c1724efe6367b48b3434986_57e9ef29;
})();

export const Bare_comp_1ddddedb5138d584499398dac3dbeb1c_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_1ddddedb5138d584499398dac3dbeb1c_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        reflex___state____state__udemy_clone___orders___state____coupon_studio_state.error_rx_state_
    )
});
Bare_comp_1ddddedb5138d584499398dac3dbeb1c_57e9ef29.displayName = "Bare";
return Bare_comp_1ddddedb5138d584499398dac3dbeb1c_57e9ef29;
})();

export const Cond_comp_5a6b13d18f17182db3ab65339adf4803_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_5a6b13d18f17182db3ab65339adf4803_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____coupon_studio_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5a6b13d18f17182db3ab65339adf4803_57e9ef29.displayName = "Cond";
return Cond_comp_5a6b13d18f17182db3ab65339adf4803_57e9ef29;
})();

export const Bare_comp_f28247eefcd5d27a66b45b353a69b06e_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_f28247eefcd5d27a66b45b353a69b06e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        reflex___state____state__udemy_clone___orders___state____coupon_studio_state.message_rx_state_
    )
});
Bare_comp_f28247eefcd5d27a66b45b353a69b06e_57e9ef29.displayName = "Bare";
return Bare_comp_f28247eefcd5d27a66b45b353a69b06e_57e9ef29;
})();

export const Cond_comp_ad558de9230bab1d6fc542c16449ba5c_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_ad558de9230bab1d6fc542c16449ba5c_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____coupon_studio_state.message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ad558de9230bab1d6fc542c16449ba5c_57e9ef29.displayName = "Cond";
return Cond_comp_ad558de9230bab1d6fc542c16449ba5c_57e9ef29;
})();

export const Form_root_d98e7b3e260c31373d56cb9ed26400f1_57e9ef29 = /*#__PURE__*/ (() => {
const Form_root_d98e7b3e260c31373d56cb9ed26400f1_57e9ef29 = memo(({children, ...rest}) => {
    
    const handleSubmit_66f50415b0c95e4b13a77921528a0149 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["coupon_new_code"] : getRefValue(refs["ref_coupon_new_code"]), ["coupon_new_value"] : getRefValue(refs["ref_coupon_new_value"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____coupon_studio_state.create", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["padding"] : "1.5rem" }), onSubmit:handleSubmit_66f50415b0c95e4b13a77921528a0149 }))},children)
    )
});
Form_root_d98e7b3e260c31373d56cb9ed26400f1_57e9ef29.displayName = "Form";
return Form_root_d98e7b3e260c31373d56cb9ed26400f1_57e9ef29;
})();

export const Foreach_comp_a02cd23353dc03c5614d80bce2e921c7_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_a02cd23353dc03c5614d80bce2e921c7_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____coupon_studio_state = useStateContext("reflex___state____state.udemy_clone___orders___state____coupon_studio_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____coupon_studio_state.coupons_rx_state_ ?? [],((coupon_rx_state_,index_b6d62e8228fbc2807a33a774ba99c3c7)=>(jsx(RadixThemesTable.Row,{key:index_b6d62e8228fbc2807a33a774ba99c3c7},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesCode,{},coupon_rx_state_?.["code"])),jsx(RadixThemesTable.Cell,{},coupon_rx_state_?.["discount"]),jsx(RadixThemesTable.Cell,{},coupon_rx_state_?.["course"]),jsx(RadixThemesTable.Cell,{},coupon_rx_state_?.["used"]),jsx(RadixThemesTable.Cell,{},coupon_rx_state_?.["expires"]),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(isTrue(coupon_rx_state_?.["active"])?(jsx(Fragment,{},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____coupon_studio_state.deactivate", ({ ["coupon_id"] : coupon_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Deactivate"))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"gray"},"inactive"))))))))))
    )
});
Foreach_comp_a02cd23353dc03c5614d80bce2e921c7_57e9ef29.displayName = "Foreach";
return Foreach_comp_a02cd23353dc03c5614d80bce2e921c7_57e9ef29;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_57e9ef29.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_57e9ef29;
})();

export const Selectroot_select__root_5f98cf0204c5a05b7b9f77fa88d5e787_57e9ef29 = /*#__PURE__*/ (() => {
const Selectroot_select__root_5f98cf0204c5a05b7b9f77fa88d5e787_57e9ef29 = memo(({children, ...rest}) => {
    const on_change_244ce67dc90e9958d12ad0326fee4689 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____admin_orders_state.filter_status", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_244ce67dc90e9958d12ad0326fee4689, value:reflex___state____state__udemy_clone___orders___state____admin_orders_state.status_filter_rx_state_ }))},children)
    )
});
Selectroot_select__root_5f98cf0204c5a05b7b9f77fa88d5e787_57e9ef29.displayName = "SelectRoot";
return Selectroot_select__root_5f98cf0204c5a05b7b9f77fa88d5e787_57e9ef29;
})();

export const Bare_comp_ffa8d800d0f7d7ce5aa94e9daadfe8f7_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_ffa8d800d0f7d7ce5aa94e9daadfe8f7_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        reflex___state____state__udemy_clone___orders___state____admin_orders_state.total_rx_state_
    )
});
Bare_comp_ffa8d800d0f7d7ce5aa94e9daadfe8f7_57e9ef29.displayName = "Bare";
return Bare_comp_ffa8d800d0f7d7ce5aa94e9daadfe8f7_57e9ef29;
})();

export const Bare_comp_b67ce63f2b67a25ce4f621c6a4a1e813_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_b67ce63f2b67a25ce4f621c6a4a1e813_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        reflex___state____state__udemy_clone___orders___state____admin_orders_state.message_rx_state_
    )
});
Bare_comp_b67ce63f2b67a25ce4f621c6a4a1e813_57e9ef29.displayName = "Bare";
return Bare_comp_b67ce63f2b67a25ce4f621c6a4a1e813_57e9ef29;
})();

export const Cond_comp_6a93e137279421e342ec9c5fb1a23e4c_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_6a93e137279421e342ec9c5fb1a23e4c_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____admin_orders_state.message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6a93e137279421e342ec9c5fb1a23e4c_57e9ef29.displayName = "Cond";
return Cond_comp_6a93e137279421e342ec9c5fb1a23e4c_57e9ef29;
})();

export const Bare_comp_f59a3542ca092958669019f2646bfd29_57e9ef29 = /*#__PURE__*/ (() => {
const Bare_comp_f59a3542ca092958669019f2646bfd29_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        reflex___state____state__udemy_clone___orders___state____admin_orders_state.error_rx_state_
    )
});
Bare_comp_f59a3542ca092958669019f2646bfd29_57e9ef29.displayName = "Bare";
return Bare_comp_f59a3542ca092958669019f2646bfd29_57e9ef29;
})();

export const Cond_comp_75d89e75ecf882120e7a07ec529812bb_57e9ef29 = /*#__PURE__*/ (() => {
const Cond_comp_75d89e75ecf882120e7a07ec529812bb_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        (!((reflex___state____state__udemy_clone___orders___state____admin_orders_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_75d89e75ecf882120e7a07ec529812bb_57e9ef29.displayName = "Cond";
return Cond_comp_75d89e75ecf882120e7a07ec529812bb_57e9ef29;
})();

export const Foreach_comp_f99c83ad437d7353e20b7f6b36393c6e_57e9ef29 = /*#__PURE__*/ (() => {
const Foreach_comp_f99c83ad437d7353e20b7f6b36393c6e_57e9ef29 = memo(({children}) => {
    const reflex___state____state__udemy_clone___orders___state____admin_orders_state = useStateContext("reflex___state____state.udemy_clone___orders___state____admin_orders_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___orders___state____admin_orders_state.orders_rx_state_ ?? [],((order_rx_state_,index_08b2d1dee9e407b22595c30d75605978)=>(jsx(RadixThemesTable.Row,{key:index_08b2d1dee9e407b22595c30d75605978},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesLink,{asChild:true,css:({ ["&:hover"] : ({ ["color"] : "var(--accent-8)" }) })},jsx(ReactRouterLink,{to:("/orders/"+order_rx_state_?.["id"]+"/receipt")},order_rx_state_?.["number"]))),jsx(RadixThemesTable.Cell,{},order_rx_state_?.["date"]),jsx(RadixThemesTable.Cell,{},order_rx_state_?.["buyer"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",css:({ ["maxWidth"] : "320px", ["truncate"] : true }),size:"2"},order_rx_state_?.["summary"])),jsx(RadixThemesTable.Cell,{css:({ ["textAlign"] : "right" })},order_rx_state_?.["total"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesBadge,{color:order_rx_state_?.["status_color"],size:"2",variant:"soft"},order_rx_state_?.["status"])),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(isTrue(order_rx_state_?.["admin_refundable"])?(jsx(Fragment,{},jsx(RadixThemesButton,{color:"red",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___orders___state____admin_orders_state.refund", ({ ["order_id"] : order_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Refund"))):(jsx(Fragment,{},)))))))))
    )
});
Foreach_comp_f99c83ad437d7353e20b7f6b36393c6e_57e9ef29.displayName = "Foreach";
return Foreach_comp_f99c83ad437d7353e20b7f6b36393c6e_57e9ef29;
})();
