
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,RadioGroup as RadixThemesRadioGroup,Switch as RadixThemesSwitch,Table as RadixThemesTable,Text as RadixThemesText,TextArea as RadixThemesTextArea,TextField as RadixThemesTextField} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_b701aaf2 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_b701aaf2 = memo(({children, ...rest}) => {
    
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
Form_root_a02590c83a6eceaacbb70e0e487926b4_b701aaf2.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_b701aaf2;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b701aaf2.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_b701aaf2;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_b701aaf2 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_b701aaf2 = memo(({children, ...rest}) => {
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
Link_link_bc007e1d4013bba9d25a5892594eaf02_b701aaf2.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_b701aaf2;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b701aaf2.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_b701aaf2;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b701aaf2 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b701aaf2 = memo(({children, ...rest}) => {
    
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
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b701aaf2.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_b701aaf2;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_b701aaf2 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_b701aaf2 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_b701aaf2.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_b701aaf2;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b701aaf2.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_b701aaf2;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b701aaf2 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b701aaf2.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_b701aaf2;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_b701aaf2.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_b701aaf2;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b701aaf2 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b701aaf2.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_b701aaf2;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_b701aaf2.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_b701aaf2;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b701aaf2 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b701aaf2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_b701aaf2;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b701aaf2 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b701aaf2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_b701aaf2;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b701aaf2 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b701aaf2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_b701aaf2;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b701aaf2 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b701aaf2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_b701aaf2;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b701aaf2 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b701aaf2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_b701aaf2;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b701aaf2.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_b701aaf2;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b701aaf2 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b701aaf2 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b701aaf2.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_b701aaf2;
})();

export const Bare_comp_f7153d2e4f9327227e128b604f2ad394_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_f7153d2e4f9327227e128b604f2ad394_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____login_state = useStateContext("reflex___state____state.udemy_clone___auth___state____login_state")
    return(
        reflex___state____state__udemy_clone___auth___state____login_state.error_rx_state_
    )
});
Bare_comp_f7153d2e4f9327227e128b604f2ad394_b701aaf2.displayName = "Bare";
return Bare_comp_f7153d2e4f9327227e128b604f2ad394_b701aaf2;
})();

export const Cond_comp_501ad2b341962ac4a40b8e3e3dd3b180_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_501ad2b341962ac4a40b8e3e3dd3b180_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____login_state = useStateContext("reflex___state____state.udemy_clone___auth___state____login_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___state____login_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_501ad2b341962ac4a40b8e3e3dd3b180_b701aaf2.displayName = "Cond";
return Cond_comp_501ad2b341962ac4a40b8e3e3dd3b180_b701aaf2;
})();

export const Form_root_9c064bb125c4fbb85997f77f0756a3bc_b701aaf2 = /*#__PURE__*/ (() => {
const Form_root_9c064bb125c4fbb85997f77f0756a3bc_b701aaf2 = memo(({children, ...rest}) => {
    
    const handleSubmit_b91f0db86223d2ecd6120215376c521c = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["email"] : getRefValue(refs["ref_email"]), ["password"] : getRefValue(refs["ref_password"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___state____login_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_b91f0db86223d2ecd6120215376c521c }))},children)
    )
});
Form_root_9c064bb125c4fbb85997f77f0756a3bc_b701aaf2.displayName = "Form";
return Form_root_9c064bb125c4fbb85997f77f0756a3bc_b701aaf2;
})();

export const Bare_comp_bd80ee07cecb8b60d386e0df5a33b790_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_bd80ee07cecb8b60d386e0df5a33b790_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        reflex___state____state__udemy_clone___auth___state____register_state.error_rx_state_
    )
});
Bare_comp_bd80ee07cecb8b60d386e0df5a33b790_b701aaf2.displayName = "Bare";
return Bare_comp_bd80ee07cecb8b60d386e0df5a33b790_b701aaf2;
})();

export const Cond_comp_4b4cb3699c2a5e35737457636cdfe58c_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_4b4cb3699c2a5e35737457636cdfe58c_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___state____register_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_4b4cb3699c2a5e35737457636cdfe58c_b701aaf2.displayName = "Cond";
return Cond_comp_4b4cb3699c2a5e35737457636cdfe58c_b701aaf2;
})();

export const Bare_comp_bf5d8f8517394b52712d291a8602aa3b_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_bf5d8f8517394b52712d291a8602aa3b_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["full_name"]) ? reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["full_name"] : "")
    )
});
Bare_comp_bf5d8f8517394b52712d291a8602aa3b_b701aaf2.displayName = "Bare";
return Bare_comp_bf5d8f8517394b52712d291a8602aa3b_b701aaf2;
})();

export const Cond_comp_db7e7cad7e4f673fdc6912b6c9c0c304_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_db7e7cad7e4f673fdc6912b6c9c0c304_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (isTrue((isTrue(reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["full_name"]) ? reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["full_name"] : ""))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_db7e7cad7e4f673fdc6912b6c9c0c304_b701aaf2.displayName = "Cond";
return Cond_comp_db7e7cad7e4f673fdc6912b6c9c0c304_b701aaf2;
})();

export const Bare_comp_86d32fdcd8a28e9c481c1343434a09b4_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_86d32fdcd8a28e9c481c1343434a09b4_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["email"]) ? reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["email"] : "")
    )
});
Bare_comp_86d32fdcd8a28e9c481c1343434a09b4_b701aaf2.displayName = "Bare";
return Bare_comp_86d32fdcd8a28e9c481c1343434a09b4_b701aaf2;
})();

export const Cond_comp_5ccb5e38b6c0717488ce20e07e0f835c_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_5ccb5e38b6c0717488ce20e07e0f835c_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (isTrue((isTrue(reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["email"]) ? reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["email"] : ""))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5ccb5e38b6c0717488ce20e07e0f835c_b701aaf2.displayName = "Cond";
return Cond_comp_5ccb5e38b6c0717488ce20e07e0f835c_b701aaf2;
})();

export const Bare_comp_cc74817eb72598006b63bde80eb28ea2_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_cc74817eb72598006b63bde80eb28ea2_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (isTrue(reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["password"]) ? reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["password"] : "")
    )
});
Bare_comp_cc74817eb72598006b63bde80eb28ea2_b701aaf2.displayName = "Bare";
return Bare_comp_cc74817eb72598006b63bde80eb28ea2_b701aaf2;
})();

export const Cond_comp_e3161dc9fa9d01093a2d506e1eb62e25_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_e3161dc9fa9d01093a2d506e1eb62e25_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        (isTrue((isTrue(reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["password"]) ? reflex___state____state__udemy_clone___auth___state____register_state.field_errors_rx_state_?.["password"] : ""))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_e3161dc9fa9d01093a2d506e1eb62e25_b701aaf2.displayName = "Cond";
return Cond_comp_e3161dc9fa9d01093a2d506e1eb62e25_b701aaf2;
})();

export const Radiogrouproot_radiogroup__root_63a450368740ceaedf1578698ce53861_b701aaf2 = /*#__PURE__*/ (() => {
const Radiogrouproot_radiogroup__root_63a450368740ceaedf1578698ce53861_b701aaf2 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___auth___state____register_state = useStateContext("reflex___state____state.udemy_clone___auth___state____register_state")
    return(
        jsx(RadixThemesRadioGroup.Root,{...mergeSlotProps(rest, ({ defaultValue:reflex___state____state__udemy_clone___auth___state____register_state.default_role_rx_state_, name:"role", size:"2", variant:"classic" }))},children)
    )
});
Radiogrouproot_radiogroup__root_63a450368740ceaedf1578698ce53861_b701aaf2.displayName = "RadioGroupRoot";
return Radiogrouproot_radiogroup__root_63a450368740ceaedf1578698ce53861_b701aaf2;
})();

export const Form_root_60f23d12e877c00ccd0c6e274b5fe2cb_b701aaf2 = /*#__PURE__*/ (() => {
const Form_root_60f23d12e877c00ccd0c6e274b5fe2cb_b701aaf2 = memo(({children, ...rest}) => {
    
    const handleSubmit_8e013f67e5b31460dd9c15cda6b089df = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["full_name"] : getRefValue(refs["ref_full_name"]), ["email"] : getRefValue(refs["ref_email"]), ["password"] : getRefValue(refs["ref_password"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___state____register_state.submit", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_8e013f67e5b31460dd9c15cda6b089df }))},children)
    )
});
Form_root_60f23d12e877c00ccd0c6e274b5fe2cb_b701aaf2.displayName = "Form";
return Form_root_60f23d12e877c00ccd0c6e274b5fe2cb_b701aaf2;
})();

export const Avatar_avatar_0d80f2e48acc757a5144538c066d01fd_b701aaf2 = /*#__PURE__*/ (() => {
const Avatar_avatar_0d80f2e48acc757a5144538c066d01fd_b701aaf2 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        jsx(RadixThemesAvatar,{...mergeSlotProps(rest, ({ fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_, radius:"full", size:"6" }))},)
    )
});
Avatar_avatar_0d80f2e48acc757a5144538c066d01fd_b701aaf2.displayName = "Avatar";
return Avatar_avatar_0d80f2e48acc757a5144538c066d01fd_b701aaf2;
})();

export const Bare_comp_d27969cfc33d7bf1b21a65272e9bf28b_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_d27969cfc33d7bf1b21a65272e9bf28b_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_
    )
});
Bare_comp_d27969cfc33d7bf1b21a65272e9bf28b_b701aaf2.displayName = "Bare";
return Bare_comp_d27969cfc33d7bf1b21a65272e9bf28b_b701aaf2;
})();

export const Foreach_comp_5e4e071d53c8664d2bc9866ec1859458_b701aaf2 = /*#__PURE__*/ (() => {
const Foreach_comp_5e4e071d53c8664d2bc9866ec1859458_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___ui___state____auth_state.roles_rx_state_ ?? [],((r_rx_state_,index_6cfa448e8c1dc97fa42b22024a7890fa)=>(jsx(RadixThemesBadge,{key:index_6cfa448e8c1dc97fa42b22024a7890fa,variant:"soft"},r_rx_state_))))
    )
});
Foreach_comp_5e4e071d53c8664d2bc9866ec1859458_b701aaf2.displayName = "Foreach";
return Foreach_comp_5e4e071d53c8664d2bc9866ec1859458_b701aaf2;
})();

export const Bare_comp_302a13307f1efbe794b0601ee0227072_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_302a13307f1efbe794b0601ee0227072_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        reflex___state____state__udemy_clone___auth___state____account_state.member_since_rx_state_
    )
});
Bare_comp_302a13307f1efbe794b0601ee0227072_b701aaf2.displayName = "Bare";
return Bare_comp_302a13307f1efbe794b0601ee0227072_b701aaf2;
})();

export const Bare_comp_96281ab1f983d8675c5b8ff4dabc9e3f_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_96281ab1f983d8675c5b8ff4dabc9e3f_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        reflex___state____state__udemy_clone___auth___state____account_state.profile_message_rx_state_
    )
});
Bare_comp_96281ab1f983d8675c5b8ff4dabc9e3f_b701aaf2.displayName = "Bare";
return Bare_comp_96281ab1f983d8675c5b8ff4dabc9e3f_b701aaf2;
})();

export const Cond_comp_48d7f01eaeb747660aa0110e10e309c0_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_48d7f01eaeb747660aa0110e10e309c0_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___state____account_state.profile_message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_48d7f01eaeb747660aa0110e10e309c0_b701aaf2.displayName = "Cond";
return Cond_comp_48d7f01eaeb747660aa0110e10e309c0_b701aaf2;
})();

export const Bare_comp_b7bd89822082af0df756fdb8765afef0_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_b7bd89822082af0df756fdb8765afef0_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        reflex___state____state__udemy_clone___auth___state____account_state.profile_error_rx_state_
    )
});
Bare_comp_b7bd89822082af0df756fdb8765afef0_b701aaf2.displayName = "Bare";
return Bare_comp_b7bd89822082af0df756fdb8765afef0_b701aaf2;
})();

export const Cond_comp_0ee17b7f4a036ceec824699ac64b5ced_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_0ee17b7f4a036ceec824699ac64b5ced_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___state____account_state.profile_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ee17b7f4a036ceec824699ac64b5ced_b701aaf2.displayName = "Cond";
return Cond_comp_0ee17b7f4a036ceec824699ac64b5ced_b701aaf2;
})();

export const Textfieldroot_textfield__root_a55bb9b988af22b9b25ae955892e1fcc_b701aaf2 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_a55bb9b988af22b9b25ae955892e1fcc_b701aaf2 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___auth___state____account_state.full_name_rx_state_, key:reflex___state____state__udemy_clone___auth___state____account_state.full_name_rx_state_, maxLength:100, name:"full_name" }))},)
    )
});
Textfieldroot_textfield__root_a55bb9b988af22b9b25ae955892e1fcc_b701aaf2.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_a55bb9b988af22b9b25ae955892e1fcc_b701aaf2;
})();

export const Textfieldroot_textfield__root_9a23c15fe0ba97388d452a76d01582f1_b701aaf2 = /*#__PURE__*/ (() => {
const Textfieldroot_textfield__root_9a23c15fe0ba97388d452a76d01582f1_b701aaf2 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        jsx(RadixThemesTextField.Root,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___auth___state____account_state.headline_rx_state_, key:reflex___state____state__udemy_clone___auth___state____account_state.headline_rx_state_, maxLength:120, name:"headline", placeholder:"e.g. Data engineer and teacher" }))},)
    )
});
Textfieldroot_textfield__root_9a23c15fe0ba97388d452a76d01582f1_b701aaf2.displayName = "TextFieldRoot";
return Textfieldroot_textfield__root_9a23c15fe0ba97388d452a76d01582f1_b701aaf2;
})();

export const Textarea_textarea_5eca4a06fbb5518938b35a1d8463f3c4_b701aaf2 = /*#__PURE__*/ (() => {
const Textarea_textarea_5eca4a06fbb5518938b35a1d8463f3c4_b701aaf2 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        jsx(RadixThemesTextArea,{...mergeSlotProps(rest, ({ css:({ ["& textarea"] : null, ["width"] : "100%" }), defaultValue:reflex___state____state__udemy_clone___auth___state____account_state.bio_rx_state_, key:reflex___state____state__udemy_clone___auth___state____account_state.bio_rx_state_, maxLength:4000, name:"bio", rows:"4" }))},)
    )
});
Textarea_textarea_5eca4a06fbb5518938b35a1d8463f3c4_b701aaf2.displayName = "TextArea";
return Textarea_textarea_5eca4a06fbb5518938b35a1d8463f3c4_b701aaf2;
})();

export const Form_root_e238a1f33aac344a9532fe41a82f9d89_b701aaf2 = /*#__PURE__*/ (() => {
const Form_root_e238a1f33aac344a9532fe41a82f9d89_b701aaf2 = memo(({children, ...rest}) => {
    
    const handleSubmit_ec71e8ec33c88e850bc7aeee0b475728 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___state____account_state.save_profile", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_ec71e8ec33c88e850bc7aeee0b475728 }))},children)
    )
});
Form_root_e238a1f33aac344a9532fe41a82f9d89_b701aaf2.displayName = "Form";
return Form_root_e238a1f33aac344a9532fe41a82f9d89_b701aaf2;
})();

export const Bare_comp_2fa5449f50f8912af42098c03b931886_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_2fa5449f50f8912af42098c03b931886_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        reflex___state____state__udemy_clone___auth___state____account_state.password_message_rx_state_
    )
});
Bare_comp_2fa5449f50f8912af42098c03b931886_b701aaf2.displayName = "Bare";
return Bare_comp_2fa5449f50f8912af42098c03b931886_b701aaf2;
})();

export const Cond_comp_f75c8f11435dc55e663615606b5c0a3a_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_f75c8f11435dc55e663615606b5c0a3a_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___state____account_state.password_message_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_f75c8f11435dc55e663615606b5c0a3a_b701aaf2.displayName = "Cond";
return Cond_comp_f75c8f11435dc55e663615606b5c0a3a_b701aaf2;
})();

export const Bare_comp_d0c14739dc04dd7ce22468d50373a773_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_d0c14739dc04dd7ce22468d50373a773_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        reflex___state____state__udemy_clone___auth___state____account_state.password_error_rx_state_
    )
});
Bare_comp_d0c14739dc04dd7ce22468d50373a773_b701aaf2.displayName = "Bare";
return Bare_comp_d0c14739dc04dd7ce22468d50373a773_b701aaf2;
})();

export const Cond_comp_7c38d805a22329b7f9be21e52f841578_b701aaf2 = /*#__PURE__*/ (() => {
const Cond_comp_7c38d805a22329b7f9be21e52f841578_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___auth___state____account_state = useStateContext("reflex___state____state.udemy_clone___auth___state____account_state")
    return(
        (!((reflex___state____state__udemy_clone___auth___state____account_state.password_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7c38d805a22329b7f9be21e52f841578_b701aaf2.displayName = "Cond";
return Cond_comp_7c38d805a22329b7f9be21e52f841578_b701aaf2;
})();

export const Form_root_d3d13f330514ff4ed137e52236b67409_b701aaf2 = /*#__PURE__*/ (() => {
const Form_root_d3d13f330514ff4ed137e52236b67409_b701aaf2 = memo(({children, ...rest}) => {
    
    const handleSubmit_73c4a26131d553ad6e81f791bcfe22e7 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___auth___state____account_state.change_password", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%" }), onSubmit:handleSubmit_73c4a26131d553ad6e81f791bcfe22e7 }))},children)
    )
});
Form_root_d3d13f330514ff4ed137e52236b67409_b701aaf2.displayName = "Form";
return Form_root_d3d13f330514ff4ed137e52236b67409_b701aaf2;
})();

export const Bare_comp_90e71dcf8efc9d8531bcdaa42dcbea75_b701aaf2 = /*#__PURE__*/ (() => {
const Bare_comp_90e71dcf8efc9d8531bcdaa42dcbea75_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____preferences_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____preferences_state")
    return(
        reflex___state____state__udemy_clone___notifications___state____preferences_state.saved_rx_state_
    )
});
Bare_comp_90e71dcf8efc9d8531bcdaa42dcbea75_b701aaf2.displayName = "Bare";
return Bare_comp_90e71dcf8efc9d8531bcdaa42dcbea75_b701aaf2;
})();

export const Foreach_comp_95371397df47fbb02ec87e80eff65849_b701aaf2 = /*#__PURE__*/ (() => {
const Foreach_comp_95371397df47fbb02ec87e80eff65849_b701aaf2 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____preferences_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____preferences_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____preferences_state.rows_rx_state_ ?? [],((row_rx_state_,index_6fa306522c5860d4cabd54e8e5f621fb)=>(jsx(RadixThemesTable.Row,{key:index_6fa306522c5860d4cabd54e8e5f621fb},jsx(RadixThemesTable.Cell,{},jsx(RadixThemesText,{as:"p",size:"2"},row_rx_state_?.["label"])),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesSwitch,{checked:(reflex___state____state__udemy_clone___notifications___state____preferences_state.prefs_rx_state_?.[("inapp_"+row_rx_state_?.["kind"])] ? reflex___state____state__udemy_clone___notifications___state____preferences_state.prefs_rx_state_?.[("inapp_"+row_rx_state_?.["kind"])] : true),color:"violet",id:("pref-"+("inapp_"+row_rx_state_?.["kind"])),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____preferences_state.toggle", ({ ["name"] : ("inapp_"+row_rx_state_?.["kind"]), ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  }))))},)),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesSwitch,{checked:(reflex___state____state__udemy_clone___notifications___state____preferences_state.prefs_rx_state_?.[("email_"+row_rx_state_?.["kind"])] ? reflex___state____state__udemy_clone___notifications___state____preferences_state.prefs_rx_state_?.[("email_"+row_rx_state_?.["kind"])] : false),color:"violet",id:("pref-"+("email_"+row_rx_state_?.["kind"])),onCheckedChange:((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____preferences_state.toggle", ({ ["name"] : ("email_"+row_rx_state_?.["kind"]), ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  }))))},))))))
    )
});
Foreach_comp_95371397df47fbb02ec87e80eff65849_b701aaf2.displayName = "Foreach";
return Foreach_comp_95371397df47fbb02ec87e80eff65849_b701aaf2;
})();

export const Vstack_flex_7a2630299d1b65eff3695d2b3d746153_b701aaf2 = /*#__PURE__*/ (() => {
const Vstack_flex_7a2630299d1b65eff3695d2b3d746153_b701aaf2 = memo(({children, ...rest}) => {
    const ref_notification_preferences = useRef(null); refs["ref_notification_preferences"] = ref_notification_preferences;

                useEffect(() => {
                    ((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____preferences_state.load", ({  }), ({  })))], args, ({  }))))()
                    return () => {
                        
                    }
                }, []);
    return(
        jsx(RadixThemesFlex,{...mergeSlotProps(rest, ({ align:"start", className:"rx-Stack", css:({ ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["padding"] : "1.5rem", ["width"] : "100%" }), direction:"column", id:"notification-preferences", ref:ref_notification_preferences, gap:"3" }))},children)
    )
});
Vstack_flex_7a2630299d1b65eff3695d2b3d746153_b701aaf2.displayName = "VStack";
return Vstack_flex_7a2630299d1b65eff3695d2b3d746153_b701aaf2;
})();
