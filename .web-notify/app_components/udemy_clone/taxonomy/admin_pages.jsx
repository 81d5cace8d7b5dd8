
import {ReflexEvent,applyEventActions,getFormData,getRefValue,getRefValues,isNotNullOrUndefined,isTrue,mergeSlotProps,refs} from "$/utils/state"
import {Root as RadixFormRoot} from "@radix-ui/react-form"
import {addEvents} from "$/utils/context"
import {Fragment,memo,useCallback,useEffect,useRef} from "react"
import {jsx} from "@emotion/react"
import {useStateContext} from "$/utils/context-registry"
import {AlertDialog as RadixThemesAlertDialog,Avatar as RadixThemesAvatar,Badge as RadixThemesBadge,Box as RadixThemesBox,Button as RadixThemesButton,Code as RadixThemesCode,Dialog as RadixThemesDialog,DropdownMenu as RadixThemesDropdownMenu,Flex as RadixThemesFlex,IconButton as RadixThemesIconButton,Link as RadixThemesLink,Popover as RadixThemesPopover,Select as RadixThemesSelect,Table as RadixThemesTable,Text as RadixThemesText,TextField as RadixThemesTextField,Tooltip as RadixThemesTooltip} from "@radix-ui/themes"
import {Link as ReactRouterLink} from "react-router"
import LucideShoppingCart from "lucide-react/dist/esm/icons/shopping-cart.mjs"
import LucideBell from "lucide-react/dist/esm/icons/bell.mjs"
import LucideChevronDown from "lucide-react/dist/esm/icons/chevron-down.mjs"
import LucideCornerDownRight from "lucide-react/dist/esm/icons/corner-down-right.mjs"
import LucideFolder from "lucide-react/dist/esm/icons/folder.mjs"
import LucidePlus from "lucide-react/dist/esm/icons/plus.mjs"
import LucidePencil from "lucide-react/dist/esm/icons/pencil.mjs"
import LucideMove from "lucide-react/dist/esm/icons/move.mjs"
import LucideTrash2 from "lucide-react/dist/esm/icons/trash-2.mjs"
import LucideMerge from "lucide-react/dist/esm/icons/merge.mjs"
import LucideCircleCheck from "lucide-react/dist/esm/icons/circle-check.mjs"
import LucideCircle from "lucide-react/dist/esm/icons/circle.mjs"
import DebounceInput from "react-debounce-input"








export const Form_root_a02590c83a6eceaacbb70e0e487926b4_32e21120 = /*#__PURE__*/ (() => {
const Form_root_a02590c83a6eceaacbb70e0e487926b4_32e21120 = memo(({children, ...rest}) => {
    
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
Form_root_a02590c83a6eceaacbb70e0e487926b4_32e21120.displayName = "Form";
return Form_root_a02590c83a6eceaacbb70e0e487926b4_32e21120;
})();

export const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_7f2407aa9fa95036d5711d498ce6a556_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_instructor_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_7f2407aa9fa95036d5711d498ce6a556_32e21120.displayName = "Cond";
return Cond_comp_7f2407aa9fa95036d5711d498ce6a556_32e21120;
})();

export const Link_link_bc007e1d4013bba9d25a5892594eaf02_32e21120 = /*#__PURE__*/ (() => {
const Link_link_bc007e1d4013bba9d25a5892594eaf02_32e21120 = memo(({children, ...rest}) => {
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
Link_link_bc007e1d4013bba9d25a5892594eaf02_32e21120.displayName = "Link";
return Link_link_bc007e1d4013bba9d25a5892594eaf02_32e21120;
})();

export const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_c76d30685520d67f44df1ad0d1b37b81_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_authenticated_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_c76d30685520d67f44df1ad0d1b37b81_32e21120.displayName = "Cond";
return Cond_comp_c76d30685520d67f44df1ad0d1b37b81_32e21120;
})();

export const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_32e21120 = /*#__PURE__*/ (() => {
const Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_32e21120 = memo(({children, ...rest}) => {
    
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
Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_32e21120.displayName = "PopoverTrigger";
return Popovertrigger_popover__trigger_e3255c950e564eb34dd302c93d03d439_32e21120;
})();

export const Button_button_b13704c674ab450b651bd900829fb1b2_32e21120 = /*#__PURE__*/ (() => {
const Button_button_b13704c674ab450b651bd900829fb1b2_32e21120 = memo(({children, ...rest}) => {
    const ref_bell_read_all = useRef(null); refs["ref_bell_read_all"] = ref_bell_read_all;
const on_click_c48acf008b7b7897088237ace35bae76 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.read_all", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"bell-read-all", onClick:on_click_c48acf008b7b7897088237ace35bae76, ref:ref_bell_read_all, size:"1", variant:"ghost" }))},children)
    )
});
Button_button_b13704c674ab450b651bd900829fb1b2_32e21120.displayName = "Button";
return Button_button_b13704c674ab450b651bd900829fb1b2_32e21120;
})();

export const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.unread_rx_state_ > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_32e21120.displayName = "Cond";
return Cond_comp_5897d9c4c2c758839f4fe0ba80761d58_32e21120;
})();

export const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_32e21120 = /*#__PURE__*/ (() => {
const Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_ ?? [],((item_rx_state_,index_6daddadee4aa9425a4f86176fcfa2c7a)=>(jsx(RadixThemesBox,{className:"bell-item",css:({ ["padding"] : "8px 10px", ["borderRadius"] : "8px", ["cursor"] : "pointer", ["&:hover"] : ({ ["background"] : "var(--gray-a3)" }), ["width"] : "100%" }),key:index_6daddadee4aa9425a4f86176fcfa2c7a,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___notifications___state____notification_bell_state.open_item", ({ ["notification_id"] : item_rx_state_?.["id"], ["link"] : item_rx_state_?.["link"] }), ({  })))], [_e], ({  }))))},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesBox,{css:({ ["width"] : "8px", ["height"] : "8px", ["borderRadius"] : "50%", ["background"] : ((item_rx_state_?.["unread"]?.valueOf?.() === "1"?.valueOf?.()) ? "var(--violet-9)" : "transparent"), ["flexShrink"] : "0", ["marginTop"] : "6px" })},),jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",direction:"column",gap:"0"},jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-12)" }),size:"2",weight:"medium"},item_rx_state_?.["title"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-11)" }),size:"1",trim:"both"},item_rx_state_?.["body"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-9)" }),size:"1"},item_rx_state_?.["when"])))))))
    )
});
Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_32e21120.displayName = "Foreach";
return Foreach_comp_e28b93300b0e26e39cc7912883e6fbc0_32e21120;
})();

export const Cond_comp_a0872316f3556fe4f283dec9e29bb563_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_a0872316f3556fe4f283dec9e29bb563_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___notifications___state____notification_bell_state = useStateContext("reflex___state____state.udemy_clone___notifications___state____notification_bell_state")
    return(
        ((reflex___state____state__udemy_clone___notifications___state____notification_bell_state.latest_rx_state_.length > 0)?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a0872316f3556fe4f283dec9e29bb563_32e21120.displayName = "Cond";
return Cond_comp_a0872316f3556fe4f283dec9e29bb563_32e21120;
})();

export const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_32e21120 = memo(({children, ...rest}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
const ref_nav_user_name = useRef(null); refs["ref_nav_user_name"] = ref_nav_user_name;
    return(
        jsx(RadixThemesDropdownMenu.Trigger,{...mergeSlotProps(rest, ({  }))},jsx(RadixThemesButton,{"aria-label":"Account menu",color:"gray",variant:"ghost"},jsx(RadixThemesAvatar,{color:"violet",fallback:reflex___state____state__udemy_clone___ui___state____auth_state.initials_rx_state_,radius:"full",size:"2"},),jsx(RadixThemesText,{as:"p",css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 48em)"] : ({ ["display"] : "inline" }) }),id:"nav-user-name",ref:ref_nav_user_name,weight:"medium"},reflex___state____state__udemy_clone___ui___state____auth_state.user_name_rx_state_),jsx(LucideChevronDown,{size:14},)))
    )
});
Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_32e21120.displayName = "DropdownMenuTrigger";
return Dropdownmenutrigger_dropdownmenu__trigger_51fb2d8285f895065bc27c78c4691fb4_32e21120;
})();

export const Bare_comp_675eab77cede8a150ef68b356e75fc75_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_675eab77cede8a150ef68b356e75fc75_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        reflex___state____state__udemy_clone___ui___state____auth_state.user_email_rx_state_
    )
});
Bare_comp_675eab77cede8a150ef68b356e75fc75_32e21120.displayName = "Bare";
return Bare_comp_675eab77cede8a150ef68b356e75fc75_32e21120;
})();

export const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_32e21120 = memo(({children, ...rest}) => {
    const on_click_2b1e02c900652bff2ec76415088266f1 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/account", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_2b1e02c900652bff2ec76415088266f1 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_32e21120.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e8b57362c7ca8a71006b232fc4529856_32e21120;
})();

export const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_32e21120 = memo(({children, ...rest}) => {
    const on_click_718463886b56c6e6156913bf6d3bcc82 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/my-courses", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_718463886b56c6e6156913bf6d3bcc82 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_32e21120.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_e63129ac6a7b1167773c13926f9e7f4d_32e21120;
})();

export const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_32e21120 = memo(({children, ...rest}) => {
    const on_click_43da550a0dd1f55905e69ae21ef3aeff = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/orders", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_43da550a0dd1f55905e69ae21ef3aeff }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_32e21120.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_2c4e105cf47e6c30b347a523c5bcbe4b_32e21120;
})();

export const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_32e21120 = memo(({children, ...rest}) => {
    const on_click_dce2c65e320991eb867daaffd64b9465 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/studio", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_dce2c65e320991eb867daaffd64b9465 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_32e21120.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_6c73d053210485b6b114e75dddf2b829_32e21120;
})();

export const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_32e21120 = memo(({children, ...rest}) => {
    const on_click_750041ab1297d1860516982e35083a63 = useCallback(((_e) => (addEvents([(ReflexEvent("_redirect", ({ ["path"] : "/admin", ["external"] : false, ["popup"] : false, ["replace"] : false }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ onClick:on_click_750041ab1297d1860516982e35083a63 }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_32e21120.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_23485bd714349b389c940c76ee95dd5f_32e21120;
})();

export const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.is_admin_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_32e21120.displayName = "Cond";
return Cond_comp_5bec388cbb7d6eed97371a3cc6a58ff9_32e21120;
})();

export const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_32e21120 = /*#__PURE__*/ (() => {
const Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_32e21120 = memo(({children, ...rest}) => {
    const ref_sign_out = useRef(null); refs["ref_sign_out"] = ref_sign_out;
const on_click_13789f52a8e81f4d386bbe9525ff387b = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___ui___state____auth_state.sign_out", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesDropdownMenu.Item,{...mergeSlotProps(rest, ({ css:({ ["color"] : "red" }), id:"sign-out", onClick:on_click_13789f52a8e81f4d386bbe9525ff387b, ref:ref_sign_out }))},children)
    )
});
Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_32e21120.displayName = "DropdownMenuItem";
return Dropdownmenuitem_dropdownmenu__item_4b7bd84df71d454151e39c9a23c8a75e_32e21120;
})();

export const Foreach_comp_7e000e24b54489156a32c8acb0c8d161_32e21120 = /*#__PURE__*/ (() => {
const Foreach_comp_7e000e24b54489156a32c8acb0c8d161_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.parent_options_rx_state_ ?? [],((o_rx_state_,index_fec06adf9ddafe2fd5341a2d3acb5a01)=>(jsx(RadixThemesSelect.Item,{key:index_fec06adf9ddafe2fd5341a2d3acb5a01,value:o_rx_state_?.["value"]},o_rx_state_?.["label"]))))
    )
});
Foreach_comp_7e000e24b54489156a32c8acb0c8d161_32e21120.displayName = "Foreach";
return Foreach_comp_7e000e24b54489156a32c8acb0c8d161_32e21120;
})();

export const Selectroot_select__root_71c6d80a584071a0471aa4d02804b4ee_32e21120 = /*#__PURE__*/ (() => {
const Selectroot_select__root_71c6d80a584071a0471aa4d02804b4ee_32e21120 = memo(({children, ...rest}) => {
    const on_change_4d87d16e61a44bd42852dc82752b1d22 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.set_add_parent", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_4d87d16e61a44bd42852dc82752b1d22, value:reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.add_parent_rx_state_ }))},children)
    )
});
Selectroot_select__root_71c6d80a584071a0471aa4d02804b4ee_32e21120.displayName = "SelectRoot";
return Selectroot_select__root_71c6d80a584071a0471aa4d02804b4ee_32e21120;
})();

export const Button_button_8a6966873668fd0d955c4f6d000fed1e_32e21120 = /*#__PURE__*/ (() => {
const Button_button_8a6966873668fd0d955c4f6d000fed1e_32e21120 = memo(({children, ...rest}) => {
    const ref_add_category = useRef(null); refs["ref_add_category"] = ref_add_category;
const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"add-category", loading:reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.adding_rx_state_, ref:ref_add_category, type:"submit" }))},children)
    )
});
Button_button_8a6966873668fd0d955c4f6d000fed1e_32e21120.displayName = "Button";
return Button_button_8a6966873668fd0d955c4f6d000fed1e_32e21120;
})();

export const Bare_comp_0923da85a858b0d394ee739911aca773_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_0923da85a858b0d394ee739911aca773_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.add_error_rx_state_
    )
});
Bare_comp_0923da85a858b0d394ee739911aca773_32e21120.displayName = "Bare";
return Bare_comp_0923da85a858b0d394ee739911aca773_32e21120;
})();

export const Cond_comp_dc94348a7728b3f83c940515e48a4fd5_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_dc94348a7728b3f83c940515e48a4fd5_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.add_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_dc94348a7728b3f83c940515e48a4fd5_32e21120.displayName = "Cond";
return Cond_comp_dc94348a7728b3f83c940515e48a4fd5_32e21120;
})();

export const Form_root_20bc98b9cd577922c05a19d1b1d5c7c0_32e21120 = /*#__PURE__*/ (() => {
const Form_root_20bc98b9cd577922c05a19d1b1d5c7c0_32e21120 = memo(({children, ...rest}) => {
    
    const handleSubmit_668baa935056416fdcdda54c3abb19f6 = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({ ["category_name"] : getRefValue(refs["ref_category_name"]) }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.add", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (true) {
            $form.reset()
        }
    })
    
    return(
        jsx(RadixFormRoot,{...mergeSlotProps(rest, ({ className:"Root ", css:({ ["width"] : "100%", ["border"] : "1px solid var(--gray-a5)", ["borderRadius"] : "12px", ["background"] : "var(--color-panel-solid)", ["boxShadow"] : "0 1px 2px rgba(0,0,0,0.04)", ["padding"] : "1rem" }), onSubmit:handleSubmit_668baa935056416fdcdda54c3abb19f6 }))},children)
    )
});
Form_root_20bc98b9cd577922c05a19d1b1d5c7c0_32e21120.displayName = "Form";
return Form_root_20bc98b9cd577922c05a19d1b1d5c7c0_32e21120;
})();

export const Bare_comp_b9dbc6752b4f4bcfea5decf0b186abf6_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_b9dbc6752b4f4bcfea5decf0b186abf6_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.error_rx_state_
    )
});
Bare_comp_b9dbc6752b4f4bcfea5decf0b186abf6_32e21120.displayName = "Bare";
return Bare_comp_b9dbc6752b4f4bcfea5decf0b186abf6_32e21120;
})();

export const Cond_comp_b9c20735c0cb64a16f5766ee341954cb_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_b9c20735c0cb64a16f5766ee341954cb_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_b9c20735c0cb64a16f5766ee341954cb_32e21120.displayName = "Cond";
return Cond_comp_b9c20735c0cb64a16f5766ee341954cb_32e21120;
})();

export const Foreach_comp_c483c313a3afa2eb2ee2b9bc77c969b8_32e21120 = /*#__PURE__*/ (() => {
const Foreach_comp_c483c313a3afa2eb2ee2b9bc77c969b8_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")

    const handleSubmit_b2e5555774c88296b1ae1c34a04145fb = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.rename", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.rows_rx_state_ ?? [],((row_rx_state_,index_fe6fdc262225aeec6461abd2887d247a)=>(jsx(RadixThemesFlex,{align:"center",className:"category-row",css:({ ["gap"] : "0.5rem", ["padding"] : "0.6rem 1rem", ["borderBottom"] : "1px solid var(--gray-a4)", ["width"] : "100%", ["&:hover"] : ({ ["background"] : "var(--gray-a2)" }) }),key:index_fe6fdc262225aeec6461abd2887d247a,wrap:"wrap"},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",css:({ ["paddingLeft"] : row_rx_state_?.["indent"], ["flex"] : "1", ["minWidth"] : "0" }),direction:"row",gap:"2"},jsx(Fragment,{},((row_rx_state_?.["depth"] > 0)?(jsx(Fragment,{},jsx(LucideCornerDownRight,{css:({ ["color"] : "var(--gray-9)" }),size:14},))):(jsx(Fragment,{},jsx(LucideFolder,{css:({ ["color"] : "var(--gray-10)" }),size:16},))))),jsx(Fragment,{},((reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.editing_id_rx_state_?.valueOf?.() === row_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%", ["flex"] : "1" }),key:row_rx_state_?.["id"],onSubmit:handleSubmit_b2e5555774c88296b1ae1c34a04145fb},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["maxWidth"] : "420px" }),direction:"row",gap:"2"},jsx(RadixThemesTextField.Root,{autoFocus:true,className:"rename-input",css:({ ["width"] : "100%" }),defaultValue:row_rx_state_?.["name"],maxLength:80,name:"name",size:"2"},),jsx(RadixThemesButton,{className:"rename-save",size:"2",type:"submit"},"Save"),jsx(RadixThemesButton,{color:"gray",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.cancel_rename", ({  }), ({  })))], [_e], ({  })))),size:"2",type:"button",variant:"soft"},"Cancel"))))):(jsx(Fragment,{},jsx(RadixThemesFlex,{align:"baseline",className:"rx-Stack",direction:"row",gap:"2"},jsx(RadixThemesText,{as:"p",className:"category-name",weight:((row_rx_state_?.["depth"]?.valueOf?.() === 0?.valueOf?.()) ? "bold" : "medium")},row_rx_state_?.["name"]),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)", ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "inline" }) }),size:"1"},row_rx_state_?.["slug"]))))))),jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",gap:"3"},jsx(RadixThemesBadge,{color:((row_rx_state_?.["course_count"] > 0) ? "violet" : "gray"),variant:"soft"},((JSON.stringify(row_rx_state_?.["course_count"]))+((row_rx_state_?.["course_count"]?.valueOf?.() === 1?.valueOf?.()) ? " course" : " courses"))),jsx(RadixThemesTooltip,{content:"Add sub-category"},jsx(RadixThemesIconButton,{"aria-label":"Add sub-category",color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.add_under", ({ ["category_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePlus,{size:12},))),jsx(RadixThemesTooltip,{content:"Rename"},jsx(RadixThemesIconButton,{"aria-label":"Rename",color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.start_rename", ({ ["category_id"] : row_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePencil,{size:12},))),jsx(RadixThemesTooltip,{content:"Move"},jsx(RadixThemesIconButton,{"aria-label":"Move",color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.open_move", ({ ["category_id"] : row_rx_state_?.["id"], ["name"] : row_rx_state_?.["name"], ["parent_id"] : row_rx_state_?.["parent_id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideMove,{size:12},))),jsx(RadixThemesTooltip,{content:"Delete"},jsx(RadixThemesIconButton,{"aria-label":"Delete",color:"red",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.open_delete", ({ ["category_id"] : row_rx_state_?.["id"], ["name"] : row_rx_state_?.["name"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucideTrash2,{size:12},))))))))
    )
});
Foreach_comp_c483c313a3afa2eb2ee2b9bc77c969b8_32e21120.displayName = "Foreach";
return Foreach_comp_c483c313a3afa2eb2ee2b9bc77c969b8_32e21120;
})();

export const Cond_comp_ecdbbae7d35be2438ee43e6b4e479e1e_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_ecdbbae7d35be2438ee43e6b4e479e1e_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        ((reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.rows_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ecdbbae7d35be2438ee43e6b4e479e1e_32e21120.displayName = "Cond";
return Cond_comp_ecdbbae7d35be2438ee43e6b4e479e1e_32e21120;
})();

export const Cond_comp_a333b7939d09422dc4593c8e9d2bca3d_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_a333b7939d09422dc4593c8e9d2bca3d_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        (reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_a333b7939d09422dc4593c8e9d2bca3d_32e21120.displayName = "Cond";
return Cond_comp_a333b7939d09422dc4593c8e9d2bca3d_32e21120;
})();

export const Bare_comp_c04eaa44f4b53ec44df36100c2aa5ef0_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_c04eaa44f4b53ec44df36100c2aa5ef0_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.move_name_rx_state_
    )
});
Bare_comp_c04eaa44f4b53ec44df36100c2aa5ef0_32e21120.displayName = "Bare";
return Bare_comp_c04eaa44f4b53ec44df36100c2aa5ef0_32e21120;
})();

export const Selectroot_select__root_353a1436366e772ce86490d0ab22de07_32e21120 = /*#__PURE__*/ (() => {
const Selectroot_select__root_353a1436366e772ce86490d0ab22de07_32e21120 = memo(({children, ...rest}) => {
    const on_change_bf0fd965699ed1bbce7679b487552205 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.set_move_parent", ({ ["value"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        jsx(RadixThemesSelect.Root,{...mergeSlotProps(rest, ({ onValueChange:on_change_bf0fd965699ed1bbce7679b487552205, value:reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.move_parent_rx_state_ }))},children)
    )
});
Selectroot_select__root_353a1436366e772ce86490d0ab22de07_32e21120.displayName = "SelectRoot";
return Selectroot_select__root_353a1436366e772ce86490d0ab22de07_32e21120;
})();

export const Bare_comp_6dd7525f1d97a74a4d9e079e056b4cc2_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_6dd7525f1d97a74a4d9e079e056b4cc2_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.move_error_rx_state_
    )
});
Bare_comp_6dd7525f1d97a74a4d9e079e056b4cc2_32e21120.displayName = "Bare";
return Bare_comp_6dd7525f1d97a74a4d9e079e056b4cc2_32e21120;
})();

export const Cond_comp_ad089a358d2798cacf1bab7f205feb8b_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_ad089a358d2798cacf1bab7f205feb8b_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.move_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_ad089a358d2798cacf1bab7f205feb8b_32e21120.displayName = "Cond";
return Cond_comp_ad089a358d2798cacf1bab7f205feb8b_32e21120;
})();

export const Button_button_feaa3632aa5d012fdbb52e36b1b41f2c_32e21120 = /*#__PURE__*/ (() => {
const Button_button_feaa3632aa5d012fdbb52e36b1b41f2c_32e21120 = memo(({children, ...rest}) => {
    const ref_confirm_move = useRef(null); refs["ref_confirm_move"] = ref_confirm_move;
const on_click_078abaab09fa91cb0115f7aa6625380f = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.move", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ id:"confirm-move", onClick:on_click_078abaab09fa91cb0115f7aa6625380f, ref:ref_confirm_move }))},children)
    )
});
Button_button_feaa3632aa5d012fdbb52e36b1b41f2c_32e21120.displayName = "Button";
return Button_button_feaa3632aa5d012fdbb52e36b1b41f2c_32e21120;
})();

export const Dialogroot_dialog__root_3eafa763e0bb8bd5bc9f51c526988de5_32e21120 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_3eafa763e0bb8bd5bc9f51c526988de5_32e21120 = memo(({children, ...rest}) => {
    const on_open_change_54297391c77d087ffed055fe2ca4b9ed = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.close_move", ({ ["open_"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_54297391c77d087ffed055fe2ca4b9ed, open:(reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.move_id_rx_state_?.valueOf?.() !== 0?.valueOf?.()) }))},children)
    )
});
Dialogroot_dialog__root_3eafa763e0bb8bd5bc9f51c526988de5_32e21120.displayName = "DialogRoot";
return Dialogroot_dialog__root_3eafa763e0bb8bd5bc9f51c526988de5_32e21120;
})();

export const Bare_comp_f57815e698f5087052ddd9b44ca1fd13_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_f57815e698f5087052ddd9b44ca1fd13_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.delete_name_rx_state_
    )
});
Bare_comp_f57815e698f5087052ddd9b44ca1fd13_32e21120.displayName = "Bare";
return Bare_comp_f57815e698f5087052ddd9b44ca1fd13_32e21120;
})();

export const Bare_comp_405af162086bbfbd7bfbf9f0cf194d32_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_405af162086bbfbd7bfbf9f0cf194d32_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.delete_error_rx_state_
    )
});
Bare_comp_405af162086bbfbd7bfbf9f0cf194d32_32e21120.displayName = "Bare";
return Bare_comp_405af162086bbfbd7bfbf9f0cf194d32_32e21120;
})();

export const Cond_comp_6fe22ed4acfe87ee269f990bcbc18dab_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_6fe22ed4acfe87ee269f990bcbc18dab_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.delete_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_6fe22ed4acfe87ee269f990bcbc18dab_32e21120.displayName = "Cond";
return Cond_comp_6fe22ed4acfe87ee269f990bcbc18dab_32e21120;
})();

export const Button_button_31775f64a3db9d4f01e50c0b54b44e76_32e21120 = /*#__PURE__*/ (() => {
const Button_button_31775f64a3db9d4f01e50c0b54b44e76_32e21120 = memo(({children, ...rest}) => {
    const ref_confirm_delete_category = useRef(null); refs["ref_confirm_delete_category"] = ref_confirm_delete_category;
const on_click_80adc583c4eb4bc6f434dfeb7bede881 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.delete", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ color:"red", id:"confirm-delete-category", onClick:on_click_80adc583c4eb4bc6f434dfeb7bede881, ref:ref_confirm_delete_category }))},children)
    )
});
Button_button_31775f64a3db9d4f01e50c0b54b44e76_32e21120.displayName = "Button";
return Button_button_31775f64a3db9d4f01e50c0b54b44e76_32e21120;
})();

export const Alertdialogroot_alertdialog__root_4540080aaa3a6246156f1fc9209385fc_32e21120 = /*#__PURE__*/ (() => {
const Alertdialogroot_alertdialog__root_4540080aaa3a6246156f1fc9209385fc_32e21120 = memo(({children, ...rest}) => {
    const on_open_change_a5ac6c1bfc90c63435dc7b96f02a667e = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state.close_delete", ({ ["open_"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____categories_admin_state")
    return(
        jsx(RadixThemesAlertDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_a5ac6c1bfc90c63435dc7b96f02a667e, open:(reflex___state____state__udemy_clone___taxonomy___admin_state____categories_admin_state.delete_id_rx_state_?.valueOf?.() !== 0?.valueOf?.()) }))},children)
    )
});
Alertdialogroot_alertdialog__root_4540080aaa3a6246156f1fc9209385fc_32e21120.displayName = "AlertDialogRoot";
return Alertdialogroot_alertdialog__root_4540080aaa3a6246156f1fc9209385fc_32e21120;
})();

export const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___ui___state____auth_state = useStateContext("reflex___state____state.udemy_clone___ui___state____auth_state")
    return(
        (reflex___state____state__udemy_clone___ui___state____auth_state.forbidden_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_32e21120.displayName = "Cond";
return Cond_comp_04b5b99696cf1ef78d62cef9b7a241e6_32e21120;
})();

export const Debounceinput_debounceinput_aed28ad0685c9d6bddd56eb3700a2e02_32e21120 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_aed28ad0685c9d6bddd56eb3700a2e02_32e21120 = memo(({children, ...rest}) => {
    const ref_tag_search = useRef(null); refs["ref_tag_search"] = ref_tag_search;
const on_change_9d00398ee1ac4f729a3c7869c6600398 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.set_query", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 200 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["width"] : "100%", ["maxWidth"] : "360px" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"tag-search", inputRef:ref_tag_search, onChange:on_change_9d00398ee1ac4f729a3c7869c6600398, placeholder:"Search tags", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.query_rx_state_) ? reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.query_rx_state_ : "") }), "inputRef")},children)
    )
});
Debounceinput_debounceinput_aed28ad0685c9d6bddd56eb3700a2e02_32e21120.displayName = "DebounceInput";
return Debounceinput_debounceinput_aed28ad0685c9d6bddd56eb3700a2e02_32e21120;
})();

export const Bare_comp_3aa1bf9552263999864adf639db44550_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_3aa1bf9552263999864adf639db44550_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.error_rx_state_
    )
});
Bare_comp_3aa1bf9552263999864adf639db44550_32e21120.displayName = "Bare";
return Bare_comp_3aa1bf9552263999864adf639db44550_32e21120;
})();

export const Cond_comp_d6d7d9ece385339da99ef0e056d7229a_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_d6d7d9ece385339da99ef0e056d7229a_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_d6d7d9ece385339da99ef0e056d7229a_32e21120.displayName = "Cond";
return Cond_comp_d6d7d9ece385339da99ef0e056d7229a_32e21120;
})();

export const Foreach_comp_e05252128212ee5cd065d8b737eca277_32e21120 = /*#__PURE__*/ (() => {
const Foreach_comp_e05252128212ee5cd065d8b737eca277_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")

    const handleSubmit_dab759cc70373757f2c61408e0d469bf = useCallback((ev) => {
        const $form = ev.target
        ev.preventDefault()
        const form_data = getFormData($form, ({  }));

        (((...args) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.rename", ({ ["form"] : form_data }), ({  })))], args, ({  }))))(ev));

        if (false) {
            $form.reset()
        }
    })
    
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.tags_rx_state_ ?? [],((tag_rx_state_,index_31d0510fc3e352cf663e539a77c52700)=>(jsx(RadixThemesTable.Row,{align:"center",key:index_31d0510fc3e352cf663e539a77c52700},jsx(RadixThemesTable.Cell,{},jsx(Fragment,{},((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.editing_id_rx_state_?.valueOf?.() === tag_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(RadixFormRoot,{className:"Root ",css:({ ["width"] : "100%", ["flex"] : "1" }),key:tag_rx_state_?.["id"],onSubmit:handleSubmit_dab759cc70373757f2c61408e0d469bf},jsx(RadixThemesFlex,{align:"start",className:"rx-Stack",css:({ ["width"] : "100%", ["maxWidth"] : "420px" }),direction:"row",gap:"2"},jsx(RadixThemesTextField.Root,{autoFocus:true,className:"rename-input",css:({ ["width"] : "100%" }),defaultValue:tag_rx_state_?.["name"],maxLength:40,name:"name",size:"2"},),jsx(RadixThemesButton,{className:"rename-save",size:"2",type:"submit"},"Save"),jsx(RadixThemesButton,{color:"gray",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.cancel_rename", ({  }), ({  })))], [_e], ({  })))),size:"2",type:"button",variant:"soft"},"Cancel"))))):(jsx(Fragment,{},jsx(RadixThemesText,{as:"p",className:"tag-name",weight:"medium"},tag_rx_state_?.["name"])))))),jsx(RadixThemesTable.Cell,{css:({ ["@media screen and (min-width: 0)"] : ({ ["display"] : "none" }), ["@media screen and (min-width: 30em)"] : ({ ["display"] : "table-cell" }) })},jsx(RadixThemesCode,{variant:"ghost"},tag_rx_state_?.["slug"])),jsx(RadixThemesTable.Cell,{css:({ ["textAlign"] : "right" })},tag_rx_state_?.["course_count"]),jsx(RadixThemesTable.Cell,{},jsx(RadixThemesFlex,{align:"center",className:"rx-Stack",direction:"row",justify:"end",gap:"3"},jsx(RadixThemesTooltip,{content:"Rename"},jsx(RadixThemesIconButton,{"aria-label":"Rename",color:"gray",css:({ ["padding"] : "6px" }),onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.start_rename", ({ ["tag_id"] : tag_rx_state_?.["id"] }), ({  })))], [_e], ({  })))),size:"1",type:"button",variant:"ghost"},jsx(LucidePencil,{size:12},))),jsx(RadixThemesButton,{className:"merge-tag",onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.open_merge", ({ ["tag_id"] : tag_rx_state_?.["id"], ["name"] : tag_rx_state_?.["name"] }), ({  })))], [_e], ({  })))),size:"1",variant:"soft"},jsx(LucideMerge,{size:14},),"Merge")))))))
    )
});
Foreach_comp_e05252128212ee5cd065d8b737eca277_32e21120.displayName = "Foreach";
return Foreach_comp_e05252128212ee5cd065d8b737eca277_32e21120;
})();

export const Cond_comp_0ac307de3702f3de7e0085bf053ffd67_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_0ac307de3702f3de7e0085bf053ffd67_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        ((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.tags_rx_state_.length?.valueOf?.() === 0?.valueOf?.())?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_0ac307de3702f3de7e0085bf053ffd67_32e21120.displayName = "Cond";
return Cond_comp_0ac307de3702f3de7e0085bf053ffd67_32e21120;
})();

export const Cond_comp_07350f9a4b03596321f1cf7a6cf5fb89_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_07350f9a4b03596321f1cf7a6cf5fb89_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        (reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.loaded_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_07350f9a4b03596321f1cf7a6cf5fb89_32e21120.displayName = "Cond";
return Cond_comp_07350f9a4b03596321f1cf7a6cf5fb89_32e21120;
})();

export const Cond_comp_aa1ebc40176e45f703b314db10b4f903_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_aa1ebc40176e45f703b314db10b4f903_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        (reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.capped_rx_state_?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_aa1ebc40176e45f703b314db10b4f903_32e21120.displayName = "Cond";
return Cond_comp_aa1ebc40176e45f703b314db10b4f903_32e21120;
})();

export const Bare_comp_9a50b80a9d18e4ce2b7e3004be07dfcf_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_9a50b80a9d18e4ce2b7e3004be07dfcf_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_name_rx_state_
    )
});
Bare_comp_9a50b80a9d18e4ce2b7e3004be07dfcf_32e21120.displayName = "Bare";
return Bare_comp_9a50b80a9d18e4ce2b7e3004be07dfcf_32e21120;
})();

export const Debounceinput_debounceinput_c8a73b9416e32527bdc2c371c6548a75_32e21120 = /*#__PURE__*/ (() => {
const Debounceinput_debounceinput_c8a73b9416e32527bdc2c371c6548a75_32e21120 = memo(({children, ...rest}) => {
    const ref_merge_search = useRef(null); refs["ref_merge_search"] = ref_merge_search;
const on_change_d539faad519f65a34e6a975325a41036 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.set_merge_query", ({ ["value"] : _e?.["target"]?.["value"] }), ({ ["debounce"] : 150 })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        jsx(DebounceInput,{...mergeSlotProps(rest, ({ css:({ ["marginTop"] : "1rem" }), debounceTimeout:300, element:RadixThemesTextField.Root, id:"merge-search", inputRef:ref_merge_search, onChange:on_change_d539faad519f65a34e6a975325a41036, placeholder:"Search the tag to keep", value:(isNotNullOrUndefined(reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_query_rx_state_) ? reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_query_rx_state_ : "") }), "inputRef")},children)
    )
});
Debounceinput_debounceinput_c8a73b9416e32527bdc2c371c6548a75_32e21120.displayName = "DebounceInput";
return Debounceinput_debounceinput_c8a73b9416e32527bdc2c371c6548a75_32e21120;
})();

export const Foreach_comp_42137ec26e2ec2a0a1b876800a375132_32e21120 = /*#__PURE__*/ (() => {
const Foreach_comp_42137ec26e2ec2a0a1b876800a375132_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        Array.prototype.map.call(reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_candidates_rx_state_ ?? [],((tag_rx_state_,index_6249ef9d57e74a0517262906ba59512c)=>(jsx(RadixThemesButton,{className:"merge-candidate",color:((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_target_id_rx_state_?.valueOf?.() === tag_rx_state_?.["id"]?.valueOf?.()) ? "violet" : "gray"),css:({ ["width"] : "100%", ["justify"] : "start" }),key:index_6249ef9d57e74a0517262906ba59512c,onClick:((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.pick_target", ({ ["tag_id"] : tag_rx_state_?.["id"], ["name"] : tag_rx_state_?.["name"] }), ({  })))], [_e], ({  })))),variant:((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_target_id_rx_state_?.valueOf?.() === tag_rx_state_?.["id"]?.valueOf?.()) ? "soft" : "ghost")},jsx(Fragment,{},((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_target_id_rx_state_?.valueOf?.() === tag_rx_state_?.["id"]?.valueOf?.())?(jsx(Fragment,{},jsx(LucideCircleCheck,{size:14},))):(jsx(Fragment,{},jsx(LucideCircle,{size:14},))))),tag_rx_state_?.["name"],jsx(RadixThemesFlex,{css:({ ["flex"] : 1, ["justifySelf"] : "stretch", ["alignSelf"] : "stretch" })},),jsx(RadixThemesText,{as:"p",css:({ ["color"] : "var(--gray-10)" }),size:"1"},tag_rx_state_?.["course_count"]," courses")))))
    )
});
Foreach_comp_42137ec26e2ec2a0a1b876800a375132_32e21120.displayName = "Foreach";
return Foreach_comp_42137ec26e2ec2a0a1b876800a375132_32e21120;
})();

export const Bare_comp_2e70d5376bcb6ecada83a20b1043be17_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_2e70d5376bcb6ecada83a20b1043be17_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_error_rx_state_
    )
});
Bare_comp_2e70d5376bcb6ecada83a20b1043be17_32e21120.displayName = "Bare";
return Bare_comp_2e70d5376bcb6ecada83a20b1043be17_32e21120;
})();

export const Cond_comp_5a0677b300d7ebee865bb987adc10871_32e21120 = /*#__PURE__*/ (() => {
const Cond_comp_5a0677b300d7ebee865bb987adc10871_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_error_rx_state_?.valueOf?.() === ""?.valueOf?.()))?(children?.at?.(0)):(children?.at?.(1)))
    )
});
Cond_comp_5a0677b300d7ebee865bb987adc10871_32e21120.displayName = "Cond";
return Cond_comp_5a0677b300d7ebee865bb987adc10871_32e21120;
})();

export const Bare_comp_4546e98ec347a8e9b64ded120c0eb6a4_32e21120 = /*#__PURE__*/ (() => {
const Bare_comp_4546e98ec347a8e9b64ded120c0eb6a4_32e21120 = memo(({children}) => {
    const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        (!((reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_target_name_rx_state_?.valueOf?.() === ""?.valueOf?.())) ? (("Merge into \u201c"+reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_target_name_rx_state_)+"\u201d") : "Merge")
    )
});
Bare_comp_4546e98ec347a8e9b64ded120c0eb6a4_32e21120.displayName = "Bare";
return Bare_comp_4546e98ec347a8e9b64ded120c0eb6a4_32e21120;
})();

export const Button_button_c7a077a8d182e131173f06a5fa7488c8_32e21120 = /*#__PURE__*/ (() => {
const Button_button_c7a077a8d182e131173f06a5fa7488c8_32e21120 = memo(({children, ...rest}) => {
    const ref_confirm_merge = useRef(null); refs["ref_confirm_merge"] = ref_confirm_merge;
const on_click_43f996fd2a391566911308661a298d25 = useCallback(((_e) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.merge", ({  }), ({  })))], [_e], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        jsx(RadixThemesButton,{...mergeSlotProps(rest, ({ disabled:(reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_target_id_rx_state_?.valueOf?.() === 0?.valueOf?.()), id:"confirm-merge", onClick:on_click_43f996fd2a391566911308661a298d25, ref:ref_confirm_merge }))},children)
    )
});
Button_button_c7a077a8d182e131173f06a5fa7488c8_32e21120.displayName = "Button";
return Button_button_c7a077a8d182e131173f06a5fa7488c8_32e21120;
})();

export const Dialogroot_dialog__root_91d18e6fd28fa2b29f8316c02df93bd3_32e21120 = /*#__PURE__*/ (() => {
const Dialogroot_dialog__root_91d18e6fd28fa2b29f8316c02df93bd3_32e21120 = memo(({children, ...rest}) => {
    const on_open_change_8909d72e713b57d5cfa95d50fb3b4547 = useCallback(((_ev_0) => (addEvents([(ReflexEvent("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state.close_merge", ({ ["open_"] : _ev_0 }), ({  })))], [_ev_0], ({  })))), [addEvents, ReflexEvent])
const reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state = useStateContext("reflex___state____state.udemy_clone___taxonomy___admin_state____tags_admin_state")
    return(
        jsx(RadixThemesDialog.Root,{...mergeSlotProps(rest, ({ onOpenChange:on_open_change_8909d72e713b57d5cfa95d50fb3b4547, open:(reflex___state____state__udemy_clone___taxonomy___admin_state____tags_admin_state.merge_id_rx_state_?.valueOf?.() !== 0?.valueOf?.()) }))},children)
    )
});
Dialogroot_dialog__root_91d18e6fd28fa2b29f8316c02df93bd3_32e21120.displayName = "DialogRoot";
return Dialogroot_dialog__root_91d18e6fd28fa2b29f8316c02df93bd3_32e21120;
})();
