
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {AlertDialog as RadixThemesAlertDialog,Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,Switch as RadixThemesSwitch,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import DebounceInput from "react-debounce-input"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_ae09c3ac = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_ae09c3ac = memo(({children, ...rest}) => {
    
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
Form_root_a02590c83a6eceaacbb70e0e487926b4_ae09c3ac.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_ae09c3ac;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_ae09c3ac.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_ae09c3ac;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_ae09c3ac = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_ae09c3ac = memo(({children, ...rest}) => {
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
Link_link_bc007e1d4013bba9d25a5892594eaf02_ae09c3ac.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_ae09c3ac;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_ae09c3ac.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_ae09c3ac;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_ae09c3ac = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_ae09c3ac = memo(({children, ...rest}) => {
    
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
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_ae09c3ac.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_ae09c3ac;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_ae09c3ac = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_ae09c3ac = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_ae09c3ac.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_ae09c3ac;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_ae09c3ac.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_ae09c3ac;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_ae09c3ac = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_ae09c3ac.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_ae09c3ac;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_ae09c3ac.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_ae09c3ac;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_ae09c3ac = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_ae09c3ac.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_ae09c3ac;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_ae09c3ac = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_ae09c3ac.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_ae09c3ac;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_ae09c3ac = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_ae09c3ac.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_ae09c3ac;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_ae09c3ac = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_ae09c3ac.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_ae09c3ac;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_ae09c3ac = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_ae09c3ac.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_ae09c3ac;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_ae09c3ac = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_ae09c3ac.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_ae09c3ac;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae09c3ac = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae09c3ac.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_ae09c3ac;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_ae09c3ac.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_ae09c3ac;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_ae09c3ac = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_ae09c3ac = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_ae09c3ac.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_ae09c3ac;
})();

export const Debounceinput_debounceinput_76a2c591824c5216ffa6623dd220e511_ae09c3ac = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_76a2c591824c5216ffa6623dd220e511_ae09c3ac = memo(({children, ...rest}) => {
    const ref_user_search = useRef(null); refs["ref_user_search"] = ref_user_search;
const on_change_467441ae79bdf306a5b130f49b0c37f4 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.set_query", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 250 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["maxWidth"] : "360px" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"user-search", inputRef:ref_user_search, onChange:on_change_467441ae79bdf306a5b130f49b0c37f4, placeholder:"Search name or email", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.query_rx_state_) ? reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.query_rx_state_ : "") }), "inputRef")},children)
    )
});
Debounceinput_debounceinput_76a2c591824c5216ffa6623dd220e511_ae09c3ac.displayName = "DebounceInput";
return Debounceinput_debounceinput_76a2c591824c5216ffa6623dd220e511_ae09c3ac;
})();

export const Bare_comp_f44da3ac75228ebf78a4c773bc27e8d9_ae09c3ac = /*#__PURE__*/ (() => {
const Bare_comp_f44da3ac75228ebf78a4c773bc27e8d9_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.total_rx_state_
    )
});
Bare_comp_f44da3ac75228ebf78a4c773bc27e8d9_ae09c3ac.displayName = "Bare";
return Bare_comp_f44da3ac75228ebf78a4c773bc27e8d9_ae09c3ac;
})();

export const Bare_comp_1129abff47260e567216de6700881a23_ae09c3ac = /*#__PURE__*/ (() => {
const Bare_comp_1129abff47260e567216de6700881a23_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.error_rx_state_
    )
});
Bare_comp_1129abff47260e567216de6700881a23_ae09c3ac.displayName = "Bare";
return Bare_comp_1129abff47260e567216de6700881a23_ae09c3ac;
})();

export const Cond_comp_219df93663f788a9379c1dd279292e6a_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_219df93663f788a9379c1dd279292e6a_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_219df93663f788a9379c1dd279292e6a_ae09c3ac.displayName = "Cond";
return Cond_comp_219df93663f788a9379c1dd279292e6a_ae09c3ac;
})();

export const Foreach_comp_e72dae465855d796b9042547922da334_ae09c3ac = /*#__PURE__*/ (() => {
const Foreach_comp_e72dae465855d796b9042547922da334_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.users_rx_state_ ?? [],((user_rx_state_,index_d7d1bd32cfdcf4daf5240cb96ade6fbb)=>(jsx(RadixThemesTable.Row,{align:"center",className:"user-row",key:index_d7d1bd32cfdcf4daf5240cb96ade6fbb},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesAvatar,{color:"violet",fallback:user_rx_state_?.["initials"],radius:"full",size:"2"},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",size:"2",weight:"medium"},user_rx_state_?.["full_name"]),jsx(Fragment,{},(user_rx_state_?.["is_me"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{size:"1",variant:"outline"},"You"))):(jsx(Fragment,{},))))),jsx(RadixThemesText,{as:"p",className:"user-email",css:({ ["color"] : "var(--gray-11)" }),size:"1"},user_rx_state_?.["email"])))),jsx(RadixThemesTable.Cell,{css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "table-cell" }) })},user_rx_state_?.["joined"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesSwitch,{"aria-label":"Instructor role",checked:user_rx_state_?.["is_instructor"],className:"role-instructor",disabled:false,onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.set_role", ({ ["user_id"] : user_rx_state_?.["id"], ["role"] : "instructor", ["granted"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"1"},)),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesSwitch,{"aria-label":"Admin role",checked:user_rx_state_?.["is_admin"],className:"role-admin",disabled:user_rx_state_?.["is_me"],onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.set_role", ({ ["user_id"] : user_rx_state_?.["id"], ["role"] : "admin", ["granted"] : _ev_0 }), ({  })))], [_ev_0], ({  })))),size:"1"},)),jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},(user_rx_state_?.["is_active"]?(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"green",variant:"soft"},"Active"))):(jsx(Fragment,{},jsx(RadixThemesBadge,{color:"red",variant:"soft"},"Deactivated")))))),jsx(RadixThemesTable.Cell,{css:({ ["textAlign"] : "right" })},jsx(Fragment,{},(user_rx_state_?.["is_active"]?(jsx(Fragment,{},jsx(RadixThemesButton,{className:"deactivate-user",color:"red",disabled:user_rx_state_?.["is_me"],onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.ask_deactivate", ({ ["user_id"] : user_rx_state_?.["id"], ["name"] : user_rx_state_?.["full_name"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Deactivate"))):(jsx(Fragment,{},jsx(RadixThemesButton,{className:"reactivate-user",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.reactivate", ({ ["user_id"] : user_rx_state_?.["id"], ["name"] : user_rx_state_?.["full_name"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},"Reactivate"))))))))))
    )
});
Foreach_comp_e72dae465855d796b9042547922da334_ae09c3ac.displayName = "Foreach";
return Foreach_comp_e72dae465855d796b9042547922da334_ae09c3ac;
})();

export const Cond_comp_db3afe7d45ba7c48d5b82cc99a25c7f5_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_db3afe7d45ba7c48d5b82cc99a25c7f5_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        ((reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.users_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_db3afe7d45ba7c48d5b82cc99a25c7f5_ae09c3ac.displayName = "Cond";
return Cond_comp_db3afe7d45ba7c48d5b82cc99a25c7f5_ae09c3ac;
})();

export const Cond_comp_be0aee5a4fb7d4da97d53c5141ccad1c_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_be0aee5a4fb7d4da97d53c5141ccad1c_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        (reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_be0aee5a4fb7d4da97d53c5141ccad1c_ae09c3ac.displayName = "Cond";
return Cond_comp_be0aee5a4fb7d4da97d53c5141ccad1c_ae09c3ac;
})();

export const Button_button_390c7fcd16683f3391452859d689915b_ae09c3ac = /*#__PURE__*/ (() => {
const Button_button_390c7fcd16683f3391452859d689915b_ae09c3ac = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
const on_click_93779c3142ab5fdf419bfbdb11ed94a5 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_rx_state_ - 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___auth___admin_state____users_admin_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_rx_state_ <= 1), onClick:on_click_93779c3142ab5fdf419bfbdb11ed94a5, size:"1", variant:"soft" }))},children)
    )
});
Button_button_390c7fcd16683f3391452859d689915b_ae09c3ac.displayName = "Button";
return Button_button_390c7fcd16683f3391452859d689915b_ae09c3ac;
})();

export const Bare_comp_5b47e73b87f3689e1f0e5a9cea53a730_ae09c3ac = /*#__PURE__*/ (() => {
const Bare_comp_5b47e73b87f3689e1f0e5a9cea53a730_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_rx_state_
    )
});
Bare_comp_5b47e73b87f3689e1f0e5a9cea53a730_ae09c3ac.displayName = "Bare";
return Bare_comp_5b47e73b87f3689e1f0e5a9cea53a730_ae09c3ac;
})();

export const Bare_comp_82d84af67969917ad761f9d77b0ff4dc_ae09c3ac = /*#__PURE__*/ (() => {
const Bare_comp_82d84af67969917ad761f9d77b0ff4dc_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_count_rx_state_
    )
});
Bare_comp_82d84af67969917ad761f9d77b0ff4dc_ae09c3ac.displayName = "Bare";
return Bare_comp_82d84af67969917ad761f9d77b0ff4dc_ae09c3ac;
})();

export const Button_button_0000ab28d63b323a828c7c284c08959c_ae09c3ac = /*#__PURE__*/ (() => {
const Button_button_0000ab28d63b323a828c7c284c08959c_ae09c3ac = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
const on_click_7f5f2394c457480c53aa4aa943446e2f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.go_to_page", ({ ["page"] : (reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_rx_state_ + 1) }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent, reflex___state____state__udemy_clone___auth___admin_state____users_admin_state])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_rx_state_ >= reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.page_count_rx_state_), onClick:on_click_7f5f2394c457480c53aa4aa943446e2f, size:"1", variant:"soft" }))},children)
    )
});
Button_button_0000ab28d63b323a828c7c284c08959c_ae09c3ac.displayName = "Button";
return Button_button_0000ab28d63b323a828c7c284c08959c_ae09c3ac;
})();

export const Bare_comp_3a76471b9780cb6f312c4e87bf3b6f0f_ae09c3ac = /*#__PURE__*/ (() => {
const Bare_comp_3a76471b9780cb6f312c4e87bf3b6f0f_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.deactivate_name_rx_state_
    )
});
Bare_comp_3a76471b9780cb6f312c4e87bf3b6f0f_ae09c3ac.displayName = "Bare";
return Bare_comp_3a76471b9780cb6f312c4e87bf3b6f0f_ae09c3ac;
})();

export const Button_button_4cb9a1533165cb189f19b6565927f662_ae09c3ac = /*#__PURE__*/ (() => {
const Button_button_4cb9a1533165cb189f19b6565927f662_ae09c3ac = memo(({children, ...rest}) => {
    const ref_confirm_deactivate = useRef(null); refs["ref_confirm_deactivate"] = ref_confirm_deactivate;
const on_click_2267587db20099d1790ebe339c074f31 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.deactivate", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", id:"confirm-deactivate", onClick:on_click_2267587db20099d1790ebe339c074f31, ref:ref_confirm_deactivate }))},children)
    )
});
Button_button_4cb9a1533165cb189f19b6565927f662_ae09c3ac.displayName = "Button";
return Button_button_4cb9a1533165cb189f19b6565927f662_ae09c3ac;
})();

export const Alertdialogroot_alertdialog__root_aabea968eb787bdeea14b08f94f6ae4d_ae09c3ac = /*#__PURE__*/ (() => {
const Alertdialogroot_alertdialog__root_aabea968eb787bdeea14b08f94f6ae4d_ae09c3ac = memo(({children, ...rest}) => {
    const on_open_change_98e546b4b6699d89892b5e1402710756 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state.close_deactivate", ({ ["open_"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___auth___admin_state____users_admin_state = useStateContext("reflex___state____state.udemy_clone___auth___admin_state____users_admin_state")
    return(
        jsx(RadixThemesAlertDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_98e546b4b6699d89892b5e1402710756, open:(reflex___state____state__udemy_clone___auth___admin_state____users_admin_state.deactivate_id_rx_state_?.valueOf?.() !== 0?.valueOf?.()) }))},children)
    )
});
Alertdialogroot_alertdialog__root_aabea968eb787bdeea14b08f94f6ae4d_ae09c3ac.displayName = "AlertDialogRoot";
return Alertdialogroot_alertdialog__root_aabea968eb787bdeea14b08f94f6ae4d_ae09c3ac;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_ae09c3ac = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_ae09c3ac = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_ae09c3ac.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_ae09c3ac;
})();
